namespace CareerBot.Adapters.Digest;

/// <summary>
/// The <c>Report</c> settings of the weekly digest: where it goes (<c>Report__DigestChannel__Slack</c>,
/// <c>Report__DigestChannel__Discord</c>), when (<c>Report__DigestCron</c>) and in which time zone
/// (<c>Report__TimeZone</c>). With no channel set nothing is scheduled. Checked at start-up by
/// <see cref="DigestOptionsValidator"/>.
/// </summary>
internal sealed class DigestOptions
{
    public const string SectionName = "Report";

    /// <summary>Monday 09:00.</summary>
    public const string DefaultCron = "0 9 * * 1";

    /// <summary>The channel each platform's digest is posted to, by platform name (<c>Slack</c>, <c>Discord</c>; any case).</summary>
    public Dictionary<string, string> DigestChannel { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the digest is posted: a five-field cron expression (minute hour day-of-month month day-of-week) in <see cref="TimeZone"/>.</summary>
    public string DigestCron { get; set; } = DefaultCron;

    /// <summary>The IANA time zone <see cref="DigestCron"/> is read in (<c>Europe/Berlin</c>); daylight saving time is followed.</summary>
    public string TimeZone { get; set; } = "UTC";
}
