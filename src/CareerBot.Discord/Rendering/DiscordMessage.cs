namespace CareerBot.Discord.Rendering;

/// <summary>
/// A message the bot sends (channel message, interaction response data or webhook edit).
/// <see cref="AllowedMentions"/> is always present so echoed text can never ping anyone unintended.
/// </summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<ActionRow>? Components,
    AllowedMentions AllowedMentions,
    int? Flags = null,
    MessageReference? MessageReference = null)
{
    /// <summary>Only the user who ran the interaction sees the message.</summary>
    public const int EphemeralFlag = 1 << 6;
}
