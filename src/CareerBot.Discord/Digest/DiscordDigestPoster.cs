using CareerBot.Adapters.Digest;
using CareerBot.Core.Replies;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Digest;

/// <summary>
/// Posts the weekly digest with "create message" through the adapter's REST client (its rate-limit buckets, retries
/// and 401 stop): the heading, then the table in a fixed-width code block, with <c>allowed_mentions</c> empty and
/// <c>@everyone</c>/<c>@here</c> broken, so nothing in it pings anyone. The users' words cannot close the block.
/// </summary>
internal sealed class DiscordDigestPoster(DiscordRestClient rest, IOptions<DiscordOptions> options) : IDigestPoster
{
    private const string Fence = "```";

    public string Platform => "Discord";

    public string? CheckChannel(string channel) =>
        string.IsNullOrWhiteSpace(options.Value.BotToken) ? "needs Discord:BotToken (environment Discord__BotToken): the digest is posted with the bot token."
        : Snowflake.IsValid(channel) ? null
        : "must be a channel id, a number such as 123456789012345678 (Developer Mode on, right-click the channel, Copy Channel ID).";

    public Task PostAsync(string channel, WeeklyDigest digest, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channel, Render(digest), cancellationToken);

    internal static DiscordMessage Render(WeeklyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var heading = SafeText.Truncate(SafeText.Markdown(digest.Heading), 200);
        var lines = digest.Lines.Select(line => UserText.Format(line, SafeText.Neutralize, SafeText.InCodeBlock)).ToList();
        // Within Discord's 2000 characters with the fence closed: lines are dropped from the end, never cut.
        string content;
        while ((content = $"{heading}\n{Fence}\n{string.Join('\n', lines)}\n{Fence}").Length > DiscordLimits.Content && lines.Count > 1)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return new DiscordMessage(content, null, null, AllowedMentions.None);
    }
}
