namespace CareerBot.Core.Knowledge;

/// <summary>
/// Where the knowledge's sentence vectors are kept between starts (<see cref="KnowledgeOptions.EmbeddingCachePath"/>):
/// the files are keyed by a hash of the model and the texts, so one folder serves any knowledge and any number of
/// processes, and a start whose knowledge was embedded before reads the vectors instead of running the model.
/// </summary>
internal static class EmbeddingCacheLocation
{
    /// <summary>The setting that keeps no vectors on disk: every start embeds the knowledge.</summary>
    public const string Off = "off";

    private const string IndexSubfolder = "embeddings";

    /// <summary>
    /// The folder, or null when off. Unset: beside the on-disk index when there is one, else the user's cache folder
    /// (<c>$XDG_CACHE_HOME</c>, else <c>~/.cache</c>), else the temporary folder; each with <c>careerbot/embeddings</c>.
    /// </summary>
    public static string? Resolve(KnowledgeOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.EmbeddingCachePath?.Trim();
        if (string.Equals(configured, Off, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        if (!string.IsNullOrWhiteSpace(options.IndexPath))
        {
            return Path.Combine(options.IndexPath, IndexSubfolder);
        }

        var cache = environment("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(cache) || !Path.IsPathRooted(cache))
        {
            var home = environment("HOME");
            cache = string.IsNullOrWhiteSpace(home) || !Path.IsPathRooted(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
        }

        return Path.Combine(cache, "careerbot", IndexSubfolder);
    }
}
