namespace SpaceX.Infrastructure;

/// <summary>SQL files of the repository's sql/ folder, embedded at build time: the application runs what analysts read.</summary>
public static class EmbeddedSql
{
    /// <summary>The statement without its final semicolon, so that it can be wrapped or prepared.</summary>
    public static string Load(string name) => Text(name).TrimEnd().TrimEnd(';');

    /// <summary>The file as it is.</summary>
    public static string Text(string name)
    {
        using var stream = typeof(EmbeddedSql).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded SQL {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
