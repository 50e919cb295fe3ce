using CareerBot.Adapters.Memory;
using CareerBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Adapters.Digest;

/// <summary>
/// Posts the weekly digest to every configured channel at each occurrence of <see cref="DigestOptions.DigestCron"/>
/// in <see cref="DigestOptions.TimeZone"/>, waiting on the injected <see cref="TimeProvider"/>. With no channel set it
/// schedules nothing. A failed post (or store read) is logged as a warning and not retried before the next
/// occurrence; it never stops the host. With several replicas only the one that first claims an occurrence (per
/// platform) in the adapters' <see cref="IExpiringKeySet"/> posts it: shared across replicas when that set is (the
/// PostgreSQL store); each process on its own otherwise.
/// </summary>
internal sealed class WeeklyDigestService(
    IOptions<DigestOptions> options,
    IEnumerable<IDigestPoster> posters,
    IFeedbackReport report,
    IExpiringKeySet claims,
    TimeProvider timeProvider,
    ILogger<WeeklyDigestService> logger) : BackgroundService
{
    /// <summary>The longest single wait: a far occurrence is approached in steps (timers take at most ~49 days).</summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>How long an occurrence's claim is remembered: far longer than replicas' clocks ever differ.</summary>
    internal static readonly TimeSpan ClaimLifetime = TimeSpan.FromDays(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var targets = Targets();
        if (targets.Count == 0)
        {
            Log.NotScheduled(logger);
            return;
        }

        var schedule = DigestSchedule.From(options.Value);
        var platforms = string.Join(", ", targets.Select(target => target.Poster.Platform));
        var after = timeProvider.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (schedule.Next(after) is not { } due)
                {
                    Log.NeverDue(logger, options.Value.DigestCron, after);
                    return;
                }

                await WaitUntilAsync(due, platforms, stoppingToken);
                await PublishAsync(due, targets, schedule, stoppingToken);
                // From now on, not from the occurrence: after a long pause (a suspended machine) missed weeks are not posted in a burst.
                var now = timeProvider.GetUtcNow();
                after = now > due ? now : due;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset due, string platforms, CancellationToken cancellationToken)
    {
        var announced = false;
        for (var now = timeProvider.GetUtcNow(); now < due; now = timeProvider.GetUtcNow())
        {
            // The timer is set before the line is logged: whoever reads the line (a test advancing a fake clock) finds it waiting.
            var wait = Task.Delay(due - now < LongestWait ? due - now : LongestWait, timeProvider, cancellationToken);
            if (!announced)
            {
                Log.Scheduled(logger, platforms, due);
                announced = true;
            }

            await wait;
        }
    }

    /// <summary>Builds the digest (once, only if some platform's claim is won) and posts it; each platform on its own.</summary>
    internal async Task PublishAsync(DateTimeOffset due, IReadOnlyList<(IDigestPoster Poster, string Channel)> targets, DigestSchedule schedule, CancellationToken cancellationToken)
    {
        WeeklyDigest? digest = null;
        foreach (var (poster, channel) in targets)
        {
            var claim = new ExpiringKey($"digest:{poster.Platform.ToLowerInvariant()}:{due.ToUnixTimeSeconds()}", ClaimLifetime);
            if (!claims.TryClaim(claim))
            {
                Log.ClaimedElsewhere(logger, poster.Platform, due);
                continue;
            }

            try
            {
                digest ??= DigestComposer.Compose(await report.ReadAsync(DigestComposer.Query(due), cancellationToken), due, schedule.Zone);
                await poster.PostAsync(channel, digest, cancellationToken);
                Log.Posted(logger, poster.Platform, due);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // The digest's boundary: whatever failed (the store, the platform, the network) is logged and tried again next time; the host keeps serving.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.PostFailed(logger, poster.Platform, due, ex.GetType().Name);
            }
        }
    }

    internal IReadOnlyList<(IDigestPoster Poster, string Channel)> Targets() =>
    [
        .. options.Value.DigestChannel
            .Where(setting => !string.IsNullOrWhiteSpace(setting.Value))
            .Select(setting => (Poster: posters.FirstOrDefault(p => string.Equals(p.Platform, setting.Key, StringComparison.OrdinalIgnoreCase)), Channel: setting.Value.Trim()))
            .Where(target => target.Poster is not null)
            .Select(target => (target.Poster!, target.Channel)),
    ];
}
