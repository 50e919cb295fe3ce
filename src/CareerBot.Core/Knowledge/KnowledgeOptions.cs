namespace CareerBot.Core.Knowledge;

/// <summary>
/// Where the knowledge lives and how edits are picked up (section <c>Knowledge</c>: <c>Knowledge__Path</c>,
/// <c>Knowledge__IndexPath</c>, <c>Knowledge__EmbeddingCachePath</c>, <c>Knowledge__Watch</c>, <c>Knowledge__FileEvents</c>, <c>Knowledge__PollInterval</c>, <c>Knowledge__ReloadDelay</c>).
/// </summary>
internal sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder. Empty: <c>./knowledge</c> when present, else the copy beside the binary.</summary>
    public string? Path { get; set; }

    /// <summary>An on-disk index folder. Empty: the index is kept in memory.</summary>
    public string? IndexPath { get; set; }

    /// <summary>
    /// Where the sentence vectors of the knowledge are kept between starts (<c>Knowledge__EmbeddingCachePath</c>), so a
    /// start embeds only knowledge it has not seen. Empty: beside the index when <see cref="IndexPath"/> is set, else
    /// the user's cache folder (<see cref="EmbeddingCacheLocation"/>); <c>off</c>: every start embeds it all.
    /// </summary>
    public string? EmbeddingCachePath { get; set; }

    /// <summary>The largest knowledge file read, in bytes (<c>Knowledge__MaxFileBytes</c>); a bigger one stops loading.</summary>
    public int MaxFileBytes { get; set; } = KnowledgeFiles.DefaultMaxFileBytes;

    /// <summary>Whether <c>careerbot serve</c> reloads the knowledge when the folder changes (default true).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Whether file events are used besides the poll (<c>Knowledge__FileEvents=false</c>: the poll alone).</summary>
    public bool FileEvents { get; set; } = true;

    /// <summary>
    /// How often the folder is compared with what was loaded, for mounts where file events do not arrive
    /// (container volumes, network shares). File events, where they work, are seen at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the folder must stay unchanged before a reload, so an editor's several writes make one reload.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
