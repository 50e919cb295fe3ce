using System.Text.Json;
using CareerBot.Adapters.Memory;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using CareerBot.Slack.Events;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.Interactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Queue;

/// <summary>
/// Where HTTP and Socket Mode deliveries meet: decides what an event or click is, drops what is not for the bot and
/// what was delivered before, and queues the rest. It never calls Slack or the core and never waits for room in the
/// queue, so it answers at once; a full queue refuses the delivery (<see cref="InboxResult.Busy"/>), which the caller
/// then does not acknowledge, so Slack delivers it again.
/// </summary>
internal sealed class SlackInbox(
    SlackWorkQueue queue,
    IExpiringKeySet deliveries,
    SlackIdentity identity,
    IOptions<SlackOptions> options,
    SlackMetrics metrics,
    ILogger<SlackInbox> logger)
{
    /// <summary>Slack's keys in the store every adapter shares.</summary>
    internal const string KeyPrefix = "slack:";

    private const string GreetingPrefix = "greet:";
    private static readonly TimeSpan GreetingMemory = TimeSpan.FromDays(1);

    /// <param name="callback">The event_callback envelope.</param>
    public InboxResult AcceptEvent(SlackEventCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Event.ValueKind != JsonValueKind.Object)
        {
            metrics.Delivery("event", "malformed");
            return InboxResult.Malformed;
        }

        var type = callback.Event.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()
            : null;
        (SlackWork? Work, string? Key) admitted;
        try
        {
            admitted = type switch
            {
                "app_mention" => AdmitMention(callback.Event.Deserialize<SlackMessageEvent>(SlackJson.Options)),
                "message" => AdmitDirectMessage(callback.Event.Deserialize<SlackMessageEvent>(SlackJson.Options)),
                "member_joined_channel" => AdmitChannelJoin(callback.Event.Deserialize<MemberJoinedChannelEvent>(SlackJson.Options)),
                "team_join" => AdmitTeamJoin(callback.Event.Deserialize<TeamJoinEvent>(SlackJson.Options)),
                _ => (null, null),
            };
        }
        catch (JsonException)
        {
            Log.MalformedEvent(logger, type ?? "(none)", callback.EventId);
            metrics.Delivery(type ?? "event", "malformed");
            return InboxResult.Malformed;
        }

        if (admitted.Work is null)
        {
            Log.EventIgnored(logger, type ?? "(none)", callback.EventId);
            metrics.Delivery(type is "app_mention" or "message" or "member_joined_channel" or "team_join" ? type : "other", "ignored");
            return InboxResult.Ignored;
        }

        var keys = new List<ExpiringKey>(2);
        if (!string.IsNullOrEmpty(callback.EventId))
        {
            keys.Add(Delivery("event:" + callback.EventId));
        }

        if (admitted.Key is { } key)
        {
            keys.Add(new ExpiringKey(key, key.StartsWith(GreetingPrefix, StringComparison.Ordinal) ? GreetingMemory : options.Value.DeduplicationWindow));
        }

        var result = Enqueue(admitted.Work, keys, type!, callback.EventId);
        metrics.Delivery(type!, Outcome(result));
        return result;
    }

    public InboxResult AcceptBlockActions(BlockActionsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var userId = payload.User?.Id;
        if (string.IsNullOrEmpty(userId) || payload.Actions is null)
        {
            return InboxResult.Malformed;
        }

        Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var responseUrl);
        var result = InboxResult.Ignored;
        foreach (var action in payload.Actions)
        {
            // A null entry ("actions":[null]) is malformed but signed: skip it rather than fail the whole delivery.
            if (action?.ActionId is null || !action.ActionId.StartsWith("careerbot.", StringComparison.Ordinal))
            {
                continue;
            }

            var work = new BlockActionWork(userId, payload.Channel?.Id ?? payload.Container?.ChannelId,
                WebApi.ResponseUrlClient.IsAllowed(responseUrl) ? responseUrl : null, action);
            var keys = action.ActionTs is null ? [] : new List<ExpiringKey> { Delivery($"action:{userId}:{action.ActionId}:{action.ActionTs}") };
            result = Enqueue(work, keys, action.ActionId, action.ActionTs);
            metrics.Delivery("block_actions", Outcome(result));
            if (result == InboxResult.Busy)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>A delivery's key in the adapters' shared store, remembered for the deduplication window.</summary>
    internal ExpiringKey Delivery(string key) => new(KeyPrefix + key, options.Value.DeduplicationWindow);

    private InboxResult Enqueue(SlackWork work, List<ExpiringKey> keys, string kind, string? deliveryId)
    {
        if (!deliveries.TryClaim([.. keys]))
        {
            Log.Duplicate(logger, kind, deliveryId);
            return InboxResult.Duplicate;
        }

        if (!queue.TryEnqueue(work))
        {
            // Forget it, so that Slack's next delivery of it is handled rather than dropped as a duplicate.
            deliveries.Release([.. keys.Select(key => key.Value)]);
            Log.QueueFull(logger, kind, deliveryId);
            return InboxResult.Busy;
        }

        return InboxResult.Accepted;
    }

    private (SlackWork?, string?) AdmitMention(SlackMessageEvent? message) =>
        IsAnswerable(message) ? (new MentionWork(message!), MessageKey(message!)) : (null, null);

    private (SlackWork?, string?) AdmitDirectMessage(SlackMessageEvent? message) =>
        message?.ChannelType == "im" && IsAnswerable(message)
            ? (new DirectMessageWork(message), MessageKey(message))
            : (null, null);

    private (SlackWork?, string?) AdmitChannelJoin(MemberJoinedChannelEvent? join)
    {
        if (join?.User is not { } user || join.Channel is not { } channel
            || identity.IsSelf(user)
            || !options.Value.OnboardingChannels.Contains(channel, StringComparer.Ordinal))
        {
            return (null, null);
        }

        return (new ChannelJoinWork(user, channel), $"{GreetingPrefix}{channel}:{user}");
    }

    private (SlackWork?, string?) AdmitTeamJoin(TeamJoinEvent? join)
    {
        if (!options.Value.TeamJoinGreetings || join?.User is not { } user || string.IsNullOrEmpty(user.Id)
            || user.IsBot || user.Deleted || identity.IsSelf(user.Id))
        {
            return (null, null);
        }

        return (new TeamJoinWork(user.Id), $"{GreetingPrefix}team:{user.Id}");
    }

    /// <summary>A person's new message: no subtype (edits, deletions, bot messages), no bot id, not the bot itself.</summary>
    private bool IsAnswerable(SlackMessageEvent? message) =>
        message is { Subtype: null, BotId: null, User: not null, Channel: not null, Ts: not null }
        && !identity.IsSelf(message.User, message.BotId);

    private static string Outcome(InboxResult result) => result switch
    {
        InboxResult.Accepted => "accepted",
        InboxResult.Duplicate => "duplicate",
        InboxResult.Ignored => "ignored",
        InboxResult.Busy => "busy",
        _ => "malformed",
    };

    private static string MessageKey(SlackMessageEvent message) => $"message:{message.Channel}:{message.Ts}";
}
