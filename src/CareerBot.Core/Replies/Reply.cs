namespace CareerBot.Core.Replies;

/// <summary>
/// A platform-neutral answer. Renderers turn it into terminal text, Slack blocks or Discord embeds.
/// </summary>
/// <param name="Intent">What the question was routed to.</param>
/// <param name="Answered">False when the bot honestly does not know (out of scope, noise, no strong evidence).</param>
/// <param name="Title">A short heading.</param>
/// <param name="Paragraphs">Body blocks in order; a block is either prose or a list.</param>
/// <param name="Table">An optional small table (salary comparisons, ladders).</param>
/// <param name="Fields">Optional name/value pairs (a salary band, a skill area).</param>
/// <param name="Sources">Where the answer comes from: document title and section.</param>
/// <param name="FollowUps">Suggested next commands, rendered as buttons where the platform has them.</param>
/// <param name="Note">An optional footnote (e.g. "2025 medians from the guide").</param>
public sealed record Reply(
    Intent Intent,
    bool Answered,
    string Title,
    IReadOnlyList<ReplyBlock> Paragraphs,
    ReplyTable? Table,
    IReadOnlyList<ReplyField> Fields,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<FollowUp> FollowUps,
    string? Note = null)
{
    /// <summary>
    /// <see cref="ReplyDelivery.Answer"/> for every answer; the rate limiter marks its notice and the replies an
    /// adapter should not send (<see cref="ReplyDelivery.Suppress"/>).
    /// </summary>
    public ReplyDelivery Delivery { get; init; } = ReplyDelivery.Answer;

    /// <summary>
    /// The id this answer was recorded under, carried by its "Helpful" / "Not helpful" buttons; null when it was not
    /// recorded (no feedback store, or not an answer), and then it has no such buttons.
    /// </summary>
    public string? AnswerId { get; init; }
}
