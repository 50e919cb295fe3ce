namespace CareerBot.Discord.Rendering;

internal sealed record EmbedFooter(string Text);
