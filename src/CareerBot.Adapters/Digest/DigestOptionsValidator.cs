using Cronos;
using Microsoft.Extensions.Options;

namespace CareerBot.Adapters.Digest;

/// <summary>
/// The digest's settings at start-up: a cron expression Cronos reads, a time zone this machine knows, and a channel
/// only for a configured platform, in the shape its adapter accepts. Each message names the setting and its
/// environment variable.
/// </summary>
/// <param name="bareChannel">What <c>Report:DigestChannel</c> itself holds (a channel given without a platform), or null.</param>
internal sealed class DigestOptionsValidator(IEnumerable<IDigestPoster> posters, string? bareChannel) : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        try
        {
            CronExpression.Parse(options.DigestCron);
        }
        catch (Exception ex) when (ex is CronFormatException or ArgumentNullException)
        {
            failures.Add($"Report:DigestCron (environment Report__DigestCron) '{options.DigestCron}' is not a cron expression ({ex.Message.TrimEnd('.')}): "
                + $"use five fields, minute hour day-of-month month day-of-week, e.g. '{DigestOptions.DefaultCron}' for Mondays at 09:00.");
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone ?? string.Empty);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            failures.Add($"Report:TimeZone (environment Report__TimeZone) '{options.TimeZone}' is not a time zone this machine knows: use an IANA id such as Europe/Berlin, America/New_York or UTC.");
        }

        if (!string.IsNullOrWhiteSpace(bareChannel))
        {
            failures.Add("Report:DigestChannel (environment Report__DigestChannel) is set per platform: use Report__DigestChannel__Slack or Report__DigestChannel__Discord.");
        }

        foreach (var (platform, channel) in options.DigestChannel)
        {
            if (string.IsNullOrWhiteSpace(channel))
            {
                continue;
            }

            var setting = $"Report:DigestChannel:{platform} (environment Report__DigestChannel__{platform})";
            var poster = posters.FirstOrDefault(p => string.Equals(p.Platform, platform, StringComparison.OrdinalIgnoreCase));
            if (poster is null)
            {
                failures.Add($"{setting} is set, but {platform} is not configured here: configure {platform} (its bot token) or remove the setting.");
            }
            else if (poster.CheckChannel(channel.Trim()) is { } problem)
            {
                failures.Add($"{setting}: {problem}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
