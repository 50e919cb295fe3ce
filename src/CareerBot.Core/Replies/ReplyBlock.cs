namespace CareerBot.Core.Replies;

/// <summary>One body block: prose (<see cref="Text"/>) optionally followed by list items.</summary>
/// <param name="Text">Prose; may be empty when the block is only a list.</param>
/// <param name="Items">Bullet items; empty for plain prose.</param>
public sealed record ReplyBlock(string Text, IReadOnlyList<string> Items)
{
    /// <summary>The lead of the block of related passages; what stands above it is the main answer.</summary>
    public const string RelatedLead = "Related:";

    /// <summary>True for the block of related passages shown under the main answer.</summary>
    public bool IsRelated => Text == RelatedLead;

    public static ReplyBlock Prose(string text) => new(text, []);

    public static ReplyBlock List(string lead, IEnumerable<string> items) => new(lead, items.ToArray());
}
