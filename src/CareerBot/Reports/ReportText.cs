using System.Globalization;
using System.Text;
using CareerBot.Storage;

namespace CareerBot.Reports;

/// <summary>The report as plain text for a terminal: what users typed is shown without control characters.</summary>
internal static class ReportText
{
    public static string Render(ReportData report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var period = report.Since is { } since ? $"since {since.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "everything kept";
        Line(text, $"CareerBot report, {period}");
        Line(text, $"Questions: {report.Questions}, answered {report.Answered} ({Rate(report.Answered, report.Questions)})");
        Line(text, $"Votes: {report.Votes.Helpful} helpful, {report.Votes.NotHelpful} not helpful");

        Section(text, "Questions per day (UTC)", report.ByDay.Select(day => $"{day.Day:yyyy-MM-dd}  {day.Questions,5} questions, {day.Answered,5} answered"));
        Section(text, "Questions per platform", report.ByPlatform.Select(pair => $"{pair.Key,-10} {pair.Value,5}"));
        Section(text, "Top unanswered questions", report.Unanswered.Select(entry => $"{entry.Count,5}  {Inert(entry.Text)}"));
        Section(text, "Most \"Not helpful\" answers", report.NotHelpful.Select(entry =>
            $"{entry.NotHelpful,5} not helpful, {entry.Helpful,3} helpful  {Inert(entry.Title)}{(entry.Source is null ? string.Empty : $" ({Inert(entry.Source)})")}"));
        Section(text, "Slowest intents", report.SlowestIntents.Select(timing =>
            $"{timing.Intent,-12} p95 {Ms(timing.P95Ms)}, median {Ms(timing.MedianMs)}, max {Ms(timing.MaxMs)} ({timing.Count} questions)"));
        return text.ToString();
    }

    internal static string Rate(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>User text made harmless for a terminal: control characters (escape sequences) become spaces.</summary>
    internal static string Inert(string text) =>
        new([.. text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);

    private static string Ms(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        text.AppendLine();
        Line(text, title + ":");
        var any = false;
        foreach (var line in lines)
        {
            Line(text, "  " + line);
            any = true;
        }

        if (!any)
        {
            Line(text, "  (none)");
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
