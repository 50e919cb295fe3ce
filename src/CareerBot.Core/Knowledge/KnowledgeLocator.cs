namespace CareerBot.Core.Knowledge;

/// <summary>
/// Finds the knowledge folder: the configured path, else <c>./knowledge</c> when present, else the copy
/// shipped beside the binary.
/// </summary>
internal static class KnowledgeLocator
{
    public static string Resolve(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var full = Path.GetFullPath(configuredPath);
            return Directory.Exists(full)
                ? full
                : throw new KnowledgeException(configuredPath, "Knowledge:Path", "folder not found (set by --knowledge or Knowledge__Path)");
        }

        var local = Path.GetFullPath("knowledge");
        if (Directory.Exists(Path.Combine(local, "guide")))
        {
            return local;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "knowledge");
        return Directory.Exists(shipped)
            ? shipped
            : throw new KnowledgeException("knowledge", "Knowledge:Path", $"no ./knowledge folder and no built-in copy at {shipped}; pass --knowledge DIR");
    }
}
