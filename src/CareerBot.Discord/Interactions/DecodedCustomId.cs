namespace CareerBot.Discord.Interactions;

/// <summary>A decoded button: the action and its command, or no command when the button has expired or is not ours.</summary>
internal sealed record DecodedCustomId(ButtonAction Action, string? Command);
