namespace SpaceX.IntegrationTests.Support;

/// <summary>The repository's top folder (the one holding SpaceX.sln), above the tests' output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "SpaceX.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No SpaceX.sln above {AppContext.BaseDirectory}.");
    }
}
