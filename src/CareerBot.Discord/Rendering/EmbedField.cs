namespace CareerBot.Discord.Rendering;

internal sealed record EmbedField(string Name, string Value, bool Inline);
