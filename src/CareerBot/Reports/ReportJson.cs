using System.Text.Json;
using CareerBot.Storage;

namespace CareerBot.Reports;

/// <summary>
/// The report as one JSON object: <c>questions</c>, <c>answered</c>, <c>answeredRate</c>, <c>byDay</c>,
/// <c>byPlatform</c>, <c>unanswered</c>, <c>notHelpful</c>, <c>votes</c>, <c>slowestIntents</c>, <c>since</c>.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Render(ReportData report) => JsonSerializer.Serialize(Shape(report), Options) + "\n";

    /// <summary>The object both the JSON output and the HTML page's embedded data are made of.</summary>
    internal static object Shape(ReportData report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            since = report.Since?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            questions = report.Questions,
            answered = report.Answered,
            answeredRate = report.Questions == 0 ? (double?)null : Math.Round((double)report.Answered / report.Questions, 4),
            byDay = report.ByDay.Select(day => new { day = day.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), questions = day.Questions, answered = day.Answered }),
            byPlatform = report.ByPlatform,
            unanswered = report.Unanswered.Select(entry => new { text = entry.Text, count = entry.Count }),
            notHelpful = report.NotHelpful.Select(entry => new { title = entry.Title, source = entry.Source, helpful = entry.Helpful, notHelpful = entry.NotHelpful }),
            votes = new { helpful = report.Votes.Helpful, notHelpful = report.Votes.NotHelpful },
            slowestIntents = report.SlowestIntents.Select(timing => new { intent = timing.Intent, count = timing.Count, medianMs = timing.MedianMs, p95Ms = timing.P95Ms, maxMs = timing.MaxMs }),
        };
    }
}
