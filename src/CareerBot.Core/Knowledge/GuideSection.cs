namespace CareerBot.Core.Knowledge;

/// <summary>
/// A heading and what stands under it, able to stand alone as an answer.
/// </summary>
/// <param name="DocumentId">The owning document's id.</param>
/// <param name="DocumentTitle">The owning document's title.</param>
/// <param name="Heading">The section heading; a sub-section reads "Parent: Child".</param>
/// <param name="Prose">Paragraph text under the heading (the lead-in of a list, or a paragraph).</param>
/// <param name="Items">Bullet items, in order.</param>
/// <param name="Questions">Example questions the section answers (<c>questions/*.txt</c>), matched by meaning; none when null.</param>
internal sealed record GuideSection(
    string DocumentId,
    string DocumentTitle,
    string Heading,
    string Prose,
    IReadOnlyList<string> Items,
    IReadOnlyList<string>? Questions = null)
{
    /// <summary>All the section's text, prose then items, one per line.</summary>
    public string Body => Items.Count == 0 ? Prose : $"{Prose}\n{string.Join('\n', Items)}".Trim();
}
