namespace CareerBot.Core.Knowledge;

/// <summary>Where the knowledge lives (section <c>Knowledge</c>: <c>Knowledge__Path</c>, <c>Knowledge__IndexPath</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder. Empty: <c>./knowledge</c> when present, else the copy beside the binary.</summary>
    public string? Path { get; set; }

    /// <summary>An on-disk index folder. Empty: the index is kept in memory.</summary>
    public string? IndexPath { get; set; }

    /// <summary>The largest knowledge file read, in bytes (<c>Knowledge__MaxFileBytes</c>); a bigger one stops loading.</summary>
    public int MaxFileBytes { get; set; } = KnowledgeFiles.DefaultMaxFileBytes;
}
