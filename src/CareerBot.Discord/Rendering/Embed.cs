namespace CareerBot.Discord.Rendering;

internal sealed record Embed(string? Title, string? Description, int? Color, IReadOnlyList<EmbedField>? Fields, EmbedFooter? Footer);
