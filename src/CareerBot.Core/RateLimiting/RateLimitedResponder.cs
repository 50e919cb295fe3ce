using System.Globalization;
using CareerBot.Core.Diagnostics;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.RateLimiting;

/// <summary>
/// Wraps the engine with the per-user limit: a question over the limit is not answered; the first refusal of a
/// window gets a friendly notice (<see cref="ReplyDelivery.RateLimitNotice"/>), the rest are marked
/// <see cref="ReplyDelivery.Suppress"/> so adapters send nothing. Requests without a user id are not limited, nor
/// the terminal unless <see cref="RateLimitOptions.Terminal"/> is set.
/// </summary>
internal sealed class RateLimitedResponder(
    IChatResponder inner,
    IRateLimitStore limiter,
    IOptions<RateLimitOptions> options,
    CoreMetrics metrics,
    ILogger<RateLimitedResponder> logger) : IChatResponder
{
    public const string TerminalPlatform = "terminal";

    public ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.UserId is not { Length: > 0 } userId || (request.Platform == TerminalPlatform && !options.Value.Terminal))
        {
            return inner.RespondAsync(request, cancellationToken);
        }

        return LimitedAsync(request, userId, cancellationToken);
    }

    private async ValueTask<Reply> LimitedAsync(ChatRequest request, string userId, CancellationToken cancellationToken)
    {
        var decision = await limiter.TakeAsync(request.Platform, userId, cancellationToken);
        if (decision.Outcome == RateLimitOutcome.Allowed)
        {
            return await inner.RespondAsync(request, cancellationToken);
        }

        var notice = decision.Outcome == RateLimitOutcome.Notice;
        metrics.RateLimited(request.Platform, notice ? "notice" : "suppressed");
        if (notice)
        {
            Log.Limited(logger, request.Platform, options.Value.PerUserPerMinute);
        }

        return Notice(decision.RetryAfter) with { Delivery = notice ? ReplyDelivery.RateLimitNotice : ReplyDelivery.Suppress };
    }

    /// <summary>The friendly notice; whole seconds, at least one.</summary>
    public static Reply Notice(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var wait = seconds == 1 ? "1 second" : string.Create(CultureInfo.InvariantCulture, $"{seconds} seconds");
        return new Reply(
            Intent.Help,
            false,
            "One moment, please",
            [ReplyBlock.Prose($"You're asking faster than I can answer. Please try again in {wait}.")],
            null,
            [],
            [],
            []);
    }
}
