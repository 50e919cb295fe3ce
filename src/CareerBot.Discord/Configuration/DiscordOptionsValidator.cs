using System.Globalization;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Configuration;

/// <summary>
/// Cross-field rules of <see cref="DiscordOptions"/>. Every message names the setting and its environment
/// variable, and none repeats a secret.
/// </summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateCredentials(options, failures);
        ValidateModes(options, failures);
        ValidateSharding(options, failures);
        ValidateAddresses(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredentials(DiscordOptions options, List<string> failures)
    {
        if (options.HasBotToken)
        {
            var token = options.BotToken!.Trim();
            if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add("Discord:BotToken (Discord__BotToken) must be the token alone, without the 'Bot ' prefix.");
            }
            else if (token.Any(char.IsWhiteSpace))
            {
                failures.Add("Discord:BotToken (Discord__BotToken) contains white space; copy the token again from the developer portal (Bot page).");
            }
        }

        if (options.HasPublicKey && !IsHex(options.PublicKey!.Trim(), 64))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"Discord:PublicKey (Discord__PublicKey) must be the application's public key, 64 hex characters (developer portal, General Information); the value has {options.PublicKey!.Trim().Length} characters or non-hex ones."));
        }

        if (options.HasPublicKey && string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId (Discord__ApplicationId) is required with Discord:PublicKey: the interactions endpoint edits its answers through the application's webhook (developer portal, General Information, Application ID).");
        }

        CheckSnowflake(options.ApplicationId, "ApplicationId", failures);
        CheckSnowflake(options.WelcomeChannelId, "WelcomeChannelId", failures);
    }

    private static void ValidateModes(DiscordOptions options, List<string> failures)
    {
        if (options.Gateway == true && !options.HasBotToken)
        {
            failures.Add("Discord:Gateway (Discord__Gateway) is on but Discord:BotToken (Discord__BotToken) is missing: the gateway needs the bot token.");
        }

        if (options.Welcomes && !options.GatewayEnabled)
        {
            failures.Add("Discord:Welcomes (Discord__Welcomes) needs the gateway: set Discord:BotToken and leave Discord:Gateway on, or turn welcomes off.");
        }

        if (options.HasBotToken && !options.GatewayEnabled && !options.HasPublicKey)
        {
            failures.Add("Discord:Gateway (Discord__Gateway) is off and Discord:PublicKey (Discord__PublicKey) is not set: nothing would receive Discord's events. Turn the gateway on or set the public key for the HTTP interactions endpoint.");
        }
    }

    private static void ValidateSharding(DiscordOptions options, List<string> failures)
    {
        if (options.ShardId is { } shardId)
        {
            if (options.ShardCount is not { } count)
            {
                if (!options.ShardCountAuto)
                {
                    failures.Add("Discord:ShardId (Discord__ShardId) needs Discord:ShardCount (Discord__ShardCount), the total number of shards, or 'auto' for the count Discord recommends.");
                }
            }
            else if (shardId >= count)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Discord:ShardId ({shardId}) must be less than Discord:ShardCount ({count}): shard ids run from 0 to ShardCount - 1."));
            }
        }
    }

    private static void ValidateAddresses(DiscordOptions options, List<string> failures)
    {
        if (options.ApiBaseUrl is { } api && !(api.IsAbsoluteUri && (api.Scheme == Uri.UriSchemeHttps || api.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add("Discord:ApiBaseUrl (Discord__ApiBaseUrl) must be an absolute http(s) address such as https://discord.com/api/v10/.");
        }

        if (options.GatewayUrl is { } gateway && !(gateway.IsAbsoluteUri && (gateway.Scheme == Uri.UriSchemeWss || gateway.Scheme == Uri.UriSchemeWs)))
        {
            failures.Add("Discord:GatewayUrl (Discord__GatewayUrl) must be an absolute ws(s) address such as wss://gateway.discord.gg/.");
        }
    }

    private static void CheckSnowflake(string? value, string setting, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(value) && !Snowflake.IsValid(value.Trim()))
        {
            failures.Add($"Discord:{setting} (Discord__{setting}) must be a Discord id (digits only; enable Developer Mode and use Copy ID).");
        }
    }

    private static bool IsHex(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiHexDigit);
}
