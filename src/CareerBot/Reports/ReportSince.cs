using System.Globalization;

namespace CareerBot.Reports;

/// <summary>
/// <c>--since</c>: a span back from now (<c>7d</c>, <c>24h</c>) or a UTC date (<c>2026-01-31</c>, from its midnight).
/// </summary>
internal static class ReportSince
{
    public const string Default = "7d";

    /// <summary>The start of the period, or null with <paramref name="error"/> set when the text is neither form.</summary>
    public static DateTimeOffset? Parse(string text, DateTimeOffset now, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            switch (char.ToLowerInvariant(trimmed[^1]))
            {
                case 'd' when count <= 36500:
                    return now.AddDays(-count);
                case 'h' when count <= 876000:
                    return now.AddHours(-count);
            }
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        error = $"--since must be a number of days or hours back (7d, 24h) or a date (2026-01-31), found '{text}'";
        return null;
    }
}
