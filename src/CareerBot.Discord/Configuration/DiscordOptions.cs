using System.ComponentModel.DataAnnotations;

namespace CareerBot.Discord.Configuration;

/// <summary>
/// Settings of the Discord adapter (section <c>Discord</c>; environment <c>Discord__BotToken</c> and so on).
/// Validated at start-up by <see cref="DiscordOptionsValidator"/> with messages that name the setting.
/// </summary>
internal sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token (developer portal, Bot page). Needed for the gateway, REST calls and command registration.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application id (General Information). Needed to register commands and for the HTTP endpoint.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters; when set, <c>POST /discord/interactions</c> is served.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Whether to connect to the gateway; empty means on when a bot token is set.</summary>
    public bool? Gateway { get; set; }

    /// <summary>The REST base address; tests point it at a loopback server.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Overrides the gateway address that <c>GET /gateway/bot</c> returns (ws:// or wss://).</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Run only this shard (with <see cref="ShardCount"/>); empty runs every shard in this process.</summary>
    [Range(0, 65535)]
    public int? ShardId { get; set; }

    /// <summary>
    /// The total number of shards; empty or <c>auto</c> uses the count that <c>GET /gateway/bot</c> recommends
    /// (<c>auto</c> with <see cref="ShardId"/>: each gateway process runs its one shard of the recommended count).
    /// </summary>
    [Range(1, 65536)]
    public int? ShardCount { get; set; }

    /// <summary>True when <c>Discord__ShardCount=auto</c> was given (set by the binding, not a setting of its own).</summary>
    internal bool ShardCountAuto { get; set; }

    /// <summary>Where newcomers are greeted; empty uses the guild's system channel.</summary>
    public string? WelcomeChannelId { get; set; }

    /// <summary>Greet new members (adds the privileged GUILD_MEMBERS intent). Off by default.</summary>
    public bool Welcomes { get; set; }

    /// <summary>Whether the gateway runs: explicitly on, or on by default when a bot token is set.</summary>
    internal bool GatewayEnabled => Gateway ?? !string.IsNullOrWhiteSpace(BotToken);

    internal bool HasBotToken => !string.IsNullOrWhiteSpace(BotToken);

    internal bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKey);
}
