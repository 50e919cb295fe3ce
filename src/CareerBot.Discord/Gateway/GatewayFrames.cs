using System.Text.Json;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Serialization;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>The frames the bot sends: Identify (with only the intents it needs), Resume, Heartbeat.</summary>
internal sealed class GatewayFrames(IOptions<DiscordOptions> options)
{
    private static readonly IdentifyProperties Properties = new(OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", "careerbot", "careerbot");

    /// <summary>GUILDS, GUILD_MESSAGES, DIRECT_MESSAGES; GUILD_MEMBERS only for welcomes. Never MESSAGE_CONTENT.</summary>
    public GatewayIntents Intents =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (options.Value.Welcomes ? GatewayIntents.GuildMembers : GatewayIntents.None);

    public byte[] Identify(GatewayShardInfo shard) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, new IdentifyData(Token, Properties, (int)Intents, [shard.Id, shard.Count])),
            DiscordJsonContext.Default.GatewayCommandIdentifyData);

    public byte[] Resume(string sessionId, long? sequence) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new GatewayCommand<ResumeData>(GatewayOpCode.Resume, new ResumeData(Token, sessionId, sequence)),
            DiscordJsonContext.Default.GatewayCommandResumeData);

    public byte[] Heartbeat(long? sequence) =>
        JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand<long?>(GatewayOpCode.Heartbeat, sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64);

    private string Token => options.Value.BotToken?.Trim() ?? throw new InvalidOperationException("Discord:BotToken (Discord__BotToken) is required for the gateway.");
}
