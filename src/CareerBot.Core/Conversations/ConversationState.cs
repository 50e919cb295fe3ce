namespace CareerBot.Core.Conversations;

/// <summary>
/// What a conversation was last about: the resolved question and its slots, so a follow-up that lacks a
/// subject ("and for lead?", "why?") can take this one. Plain data, so a shared store can keep it as a row.
/// </summary>
/// <param name="Command">The handler that answered (a name from <see cref="Routing.CommandNames"/>).</param>
/// <param name="Question">The resolved question (typos corrected, folded to lower case), as it was routed.</param>
/// <param name="Levels">Level names the question used ("senior", "lead"), in order.</param>
/// <param name="Areas">Skill area names the question used ("maths", "technical").</param>
/// <param name="Roles">Role names the question used ("data scientist").</param>
/// <param name="Topic">For a guide answer, the heading of the section that answered it.</param>
public sealed record ConversationState(
    string Command,
    string Question,
    IReadOnlyList<string> Levels,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Roles,
    string? Topic);
