using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Diagnostics;

/// <summary>
/// The outermost layer around the engine: one metric sample and one log line per question (platform, intent,
/// answered, latency), never the user's id or words. A share of an answer already given is not counted again.
/// </summary>
internal sealed class ObservedResponder(IChatResponder inner, CoreMetrics metrics, TimeProvider timeProvider, ILogger<ObservedResponder> logger) : IChatResponder
{
    public const string RateLimitedIntent = "rate_limited";

    public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = timeProvider.GetTimestamp();
        var reply = await inner.RespondAsync(request, cancellationToken);
        if (request.IsShare)
        {
            return reply; // an answer already counted, shown to the channel: not a new question
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        var intent = reply.Delivery == ReplyDelivery.Answer ? reply.Intent.ToWireName() : RateLimitedIntent;
        metrics.Question(request.Platform, intent, reply.Answered, elapsed);
        Log.Question(logger, request.Platform, intent, reply.Answered, elapsed.TotalMilliseconds);
        return reply;
    }
}
