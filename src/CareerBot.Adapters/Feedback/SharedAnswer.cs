namespace CareerBot.Adapters.Feedback;

/// <summary>What a share button carries: the command to re-run for the channel and the id of the answer it shares.</summary>
/// <param name="Command">The command the answer was given for.</param>
/// <param name="AnswerId">The shared answer's id (its votes go there), or null when the button carried none.</param>
public sealed record SharedAnswer(string Command, string? AnswerId);
