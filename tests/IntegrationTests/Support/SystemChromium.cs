using PuppeteerSharp;

namespace SpaceX.IntegrationTests.Support;

/// <summary>The system's headless Chromium (Debian's chromium), driven by PuppeteerSharp: nothing is downloaded.</summary>
public static class SystemChromium
{
    public const string Chromium = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync()
    {
        SystemTool.Chromium.Require();
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>Where screenshots are kept: TestResults/screenshots at the repository's top (CI keeps TestResults).</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
