namespace CareerBot.Discord;

/// <summary>Registered by <see cref="DiscordServiceCollectionExtensions.AddDiscord"/>, so endpoints map only when the adapter is on.</summary>
internal sealed class DiscordAdapterMarker;
