namespace CareerBot.Core.Replies;

/// <summary>A suggested next question: a short label and the command text it runs (command grammar).</summary>
/// <param name="Label">Button text, kept short (Slack allows 75 chars, Discord 80).</param>
/// <param name="Command">The text routed when the button is clicked, e.g. <c>salary senior</c>.</param>
public sealed record FollowUp(string Label, string Command);
