using System.Globalization;
using System.Text;
using CareerBot.Core.Replies;
using CareerBot.Storage;

namespace CareerBot.Adapters.Digest;

/// <summary>
/// Builds the digest from the report of the 7 days before an occurrence: questions, the answered rate, the top
/// unanswered questions and the answers with the most "Not helpful" votes, as a fixed-width table without links.
/// What users wrote (questions, and answer titles, which may echo them) is marked with <see cref="UserText.Mark"/>.
/// </summary>
internal static class DigestComposer
{
    /// <summary>How many entries each list has.</summary>
    public const int Top = 5;

    /// <summary>The width of the text column; longer texts are cut with an ellipsis.</summary>
    public const int TextWidth = 48;

    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    public static ReportQuery Query(DateTimeOffset until) => new(until - Period, until, Top);

    public static WeeklyDigest Compose(ReportData data, DateTimeOffset until, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(zone);
        var from = TimeZoneInfo.ConvertTime(until - Period, zone);
        var to = TimeZoneInfo.ConvertTime(until, zone);
        var heading = string.Create(
            CultureInfo.InvariantCulture,
            $"CareerBot weekly digest: {from:ddd yyyy-MM-dd HH:mm} to {to:ddd yyyy-MM-dd HH:mm} ({zone.Id})");

        var lines = new List<string>
        {
            Row("Questions", data.Questions.ToString(CultureInfo.InvariantCulture)),
            Row("Answered", data.Questions == 0
                ? "0"
                : string.Create(CultureInfo.InvariantCulture, $"{data.Answered} ({Math.Round(100.0 * data.Answered / data.Questions, MidpointRounding.AwayFromZero)}%)")),
            string.Empty,
            Header("Top unanswered questions", "Asked"),
        };
        lines.AddRange(data.Unanswered.Count == 0
            ? ["(none)"]
            : data.Unanswered.Take(Top).Select(group => Cell(group.Text) + Number(group.Count, "Asked")));
        lines.Add(string.Empty);
        lines.Add(Header("Most \"Not helpful\" answers", "Not helpful", "Helpful"));
        var notHelpful = data.NotHelpful.Where(answer => answer.NotHelpful > 0).Take(Top).ToList();
        lines.AddRange(notHelpful.Count == 0
            ? ["(none)"]
            : notHelpful.Select(answer => Cell(string.IsNullOrWhiteSpace(answer.Title) ? answer.Source : answer.Title)
                + Number(answer.NotHelpful, "Not helpful") + Number(answer.Helpful, "Helpful")));
        return new WeeklyDigest(heading, lines);
    }

    private static string Row(string label, string value) => label.PadRight(12) + value;

    private static string Header(string title, params string[] columns) =>
        title.PadRight(TextWidth) + string.Concat(columns.Select(column => "  " + column));

    private static string Number(int value, string column) => "  " + value.ToString(CultureInfo.InvariantCulture).PadLeft(column.Length);

    /// <summary>The user's words on one line, cut and padded to the column, marked so every platform shows them inert.</summary>
    private static string Cell(string? text)
    {
        var plain = new StringBuilder();
        foreach (var c in UserText.Unmark(text).Trim())
        {
            plain.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        var oneLine = plain.ToString();
        if (oneLine.Length > TextWidth)
        {
            var cut = TextWidth - 1;
            if (char.IsHighSurrogate(oneLine[cut - 1]))
            {
                cut--;
            }

            oneLine = string.Concat(oneLine.AsSpan(0, cut).TrimEnd(), "…");
        }

        return UserText.Mark(oneLine.PadRight(TextWidth));
    }
}
