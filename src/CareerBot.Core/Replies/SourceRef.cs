namespace CareerBot.Core.Replies;

/// <summary>Where a passage comes from: the guide document's title and the section heading.</summary>
public sealed record SourceRef(string Title, string Section, double Score, string? DocumentId = null);
