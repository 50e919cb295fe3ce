using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Discord.Diagnostics;
using CareerBot.Discord.Serialization;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Rest;

/// <summary>
/// Honours Discord's rate limits without hard-coding any: requests in one bucket go one at a time, wait while
/// the bucket is exhausted (<c>X-RateLimit-Remaining</c> / <c>-Reset-After</c>), and after a 429 wait
/// <c>retry_after</c>, for every route when the limit is global. The retry itself is the resilience pipeline's.
/// </summary>
internal sealed class RateLimitHandler(RateLimitState state, TimeProvider timeProvider, DiscordMetrics metrics, ILogger<RateLimitHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(DiscordRoute.OptionKey, out var route))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var bucket = state.BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            await WaitForGlobalAsync(route, cancellationToken);
            await WaitForBucketAsync(route, bucket, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            var now = timeProvider.GetUtcNow();
            Learn(route, bucket, response.Headers, now);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await RecordTooManyRequestsAsync(route, bucket, response, now, cancellationToken);
            }

            return response;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private async Task WaitForGlobalAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        if (route.IsInteraction)
        {
            return;
        }

        var wait = state.GlobalResetAt - timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            Log.WaitingForGlobalLimit(logger, route.ToString(), wait.TotalMilliseconds);
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private async Task WaitForBucketAsync(DiscordRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        var wait = bucket.ResetAt - timeProvider.GetUtcNow();
        if (bucket.Remaining <= 0 && wait > TimeSpan.Zero)
        {
            Log.WaitingForBucket(logger, route.ToString(), wait.TotalMilliseconds);
            await Task.Delay(wait, timeProvider, cancellationToken);
        }

        bucket.Remaining = Math.Max(bucket.Remaining, 1);
    }

    private void Learn(DiscordRoute route, RateLimitBucket bucket, HttpResponseHeaders headers, DateTimeOffset now)
    {
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        var target = headers.TryGetValues("X-RateLimit-Bucket", out var hashes) && hashes.FirstOrDefault() is { Length: > 0 } hash
            ? state.Learn(route, hash, bucket)
            : bucket;
        if (remaining is { } left && resetAfter is { } seconds)
        {
            foreach (var b in target == bucket ? [bucket] : new[] { bucket, target })
            {
                b.Remaining = (int)left;
                b.ResetAt = now + TimeSpan.FromSeconds(seconds);
            }
        }
    }

    private async Task RecordTooManyRequestsAsync(DiscordRoute route, RateLimitBucket bucket, HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DiscordError? error = null;
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            error = body.Length == 0 ? null : JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordError);
        }
        catch (JsonException)
        {
            // A 429 from a proxy in front of Discord may not be JSON; the headers still say how long to wait.
        }

        var headers = response.Headers;
        var global = error?.Global == true
            || (headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase)))
            || (headers.TryGetValues("X-RateLimit-Scope", out var s) && s.Any(v => v == "global"));
        var retryAfter = error?.RetryAfter
            ?? headers.RetryAfter?.Delta?.TotalSeconds
            ?? Header(headers, "X-RateLimit-Reset-After")
            ?? 1;
        var until = now + TimeSpan.FromSeconds(Math.Max(retryAfter, 0));
        if (global)
        {
            state.GlobalResetAt = until;
        }
        else
        {
            bucket.Remaining = 0;
            bucket.ResetAt = until;
        }

        Log.RateLimited(logger, route.ToString(), global, retryAfter * 1000);
        metrics.RateLimited(route.ToString(), global);
    }

    private static double? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
