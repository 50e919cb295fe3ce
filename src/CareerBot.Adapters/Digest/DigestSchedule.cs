using Cronos;

namespace CareerBot.Adapters.Digest;

/// <summary>
/// When the digest is due: <see cref="DigestOptions.DigestCron"/> read in <see cref="DigestOptions.TimeZone"/> by
/// Cronos, which follows daylight saving time (09:00 stays 09:00 local when the clocks change; a time the change
/// skips is taken at the first moment after it, one it repeats only once).
/// </summary>
internal sealed class DigestSchedule(CronExpression cron, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    /// <summary>Throws <see cref="CronFormatException"/>, <see cref="TimeZoneNotFoundException"/> or <see cref="InvalidTimeZoneException"/> for bad settings (the validator says which).</summary>
    public static DigestSchedule From(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DigestSchedule(CronExpression.Parse(options.DigestCron), TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when the expression never fires (<c>0 9 30 2 *</c>).</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => cron.GetNextOccurrence(after, zone);
}
