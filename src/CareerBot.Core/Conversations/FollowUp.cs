namespace CareerBot.Core.Conversations;

/// <summary>A follow-up resolved against the conversation: the question it stands for, and what it asks of the answer.</summary>
/// <param name="Question">The follow-up with the previous subject filled in, routed like any question.</param>
/// <param name="AsksDuration">True when it asked how long something takes: only an answer stating a duration answers it.</param>
/// <param name="Pick">For "which of those is about images?": what to pick among the previous answer's items ("is about images").</param>
/// <param name="Besides">The previous answer's section, when the follow-up asks something new about it (<see cref="Routing.BotCommand.Besides"/>).</param>
/// <param name="AsksWhatFiguresInclude">True when it asked what the previous pay figures count ("does that include stock?").</param>
internal sealed record FollowUp(string Question, bool AsksDuration = false, string? Pick = null, string? Besides = null, bool AsksWhatFiguresInclude = false);
