namespace CareerBot.Core.Knowledge;

/// <summary>One Markdown file of <c>knowledge/guide/</c>: its front matter and its sections.</summary>
internal sealed record GuideDocument(
    string Id,
    string Title,
    IReadOnlyList<string> Tags,
    string Source,
    string File,
    IReadOnlyList<GuideSection> Sections);
