using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Lookups;

/// <summary>
/// A yearly pay figure the asker names ("got an offer at 100k, fair?", "how senior do you need to be to hit 300k"),
/// placed against the knowledge's bands: which band it falls in, or that it lies below or above them. It compares and
/// never converts: an hourly or monthly figure, or one in another currency than the bands', is not placed.
/// </summary>
internal static partial class SalaryAmount
{
    /// <summary>The yearly figure a question names in the bands' currency, or null when it names none (or more than one).</summary>
    public static decimal? Find(string question, IReadOnlyList<SalaryBand> bands)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (bands.Count == 0 || NotYearly().IsMatch(question) || OtherCurrency().IsMatch(question))
        {
            return null;
        }

        var currencies = bands.Select(b => b.Currency.ToUpperInvariant()).Distinct().ToArray();
        if (currencies is not ["USD"])
        {
            return null; // team data in another currency: "100k" would be a guess at which
        }

        decimal? found = null;
        foreach (Match match in Figure().Matches(question))
        {
            if (Parse(match) is not { } value || value < 1_000)
            {
                continue;
            }

            if (found is { } earlier && earlier != value)
            {
                return null; // "between 100k and 150k": a range of the asker's own, not one figure to place
            }

            found = value;
        }

        return found;
    }

    /// <summary>
    /// Where <paramref name="amount"/> stands against <paramref name="asked"/> (the levels the question names) and
    /// against every band: "$100,000 is within the Entry-level ML Engineer range ($90,000-$120,000)."
    /// </summary>
    public static string Place(decimal amount, IReadOnlyList<SalaryBand> asked, IReadOnlyList<SalaryBand> bands)
    {
        var figure = Money.Amount(amount, bands[0].Currency);
        var sentences = asked.Select(b => $"{figure} is {Relation(amount, b)} the {b.Title} range ({Money.Range(b)}).").ToList();
        if (asked.Any(b => Contains(b, amount)))
        {
            return string.Join(" ", sentences);
        }

        var subject = asked.Count == 0 ? figure : "It";
        var within = bands.Where(b => Contains(b, amount)).ToArray();
        var lowest = bands.MinBy(b => b.Min)!;
        var highest = bands.MaxBy(b => b.Max)!;
        if (within.Length > 0)
        {
            sentences.Add($"{subject} is within the range for {string.Join(" and ", within.Select(b => $"{b.Title} ({Money.Range(b)})"))}.");
        }
        else if (amount < lowest.Min)
        {
            sentences.Add($"{subject} is below the lowest range the knowledge lists, {lowest.Title} ({Money.Range(lowest)}).");
        }
        else if (amount > highest.Max)
        {
            var open = highest.OpenEnded ? " That range is open-ended (\"+\"): the knowledge gives no upper limit." : string.Empty;
            sentences.Add($"{subject} is above the highest range the knowledge lists, {highest.Title} ({Money.Range(highest)}).{open}");
        }
        else
        {
            var below = bands.Where(b => b.Max < amount).MaxBy(b => b.Max)!;
            var above = bands.Where(b => b.Min > amount).MinBy(b => b.Min)!;
            sentences.Add($"{subject} lies between the ranges for {below.Title} ({Money.Range(below)}) and {above.Title} ({Money.Range(above)}).");
        }

        return string.Join(" ", sentences);
    }

    /// <summary>Within the band's stated figures: an open-ended band's "+" says there is more, not how much.</summary>
    private static bool Contains(SalaryBand band, decimal amount) => amount >= band.Min && amount <= band.Max;

    private static string Relation(decimal amount, SalaryBand band) =>
        Contains(band, amount) ? "within" : amount < band.Min ? "below" : "above";

    private static decimal? Parse(Match match)
    {
        var digits = match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return match.Groups["k"].Success ? value * 1_000 : value;
    }

    /// <summary>"$120k", "100 k", "150,000", "$95000", "120 grand", "200 thousand"; not "401k" (a retirement plan).</summary>
    [GeneratedRegex(@"(?<!\d)\$?\s?(?!40[13]\s?[kb]\b)(?<n>\d{2,3}(?:\.\d{1,2})?)\s?(?<k>k\b|grand\b|thousand\b)|\$\s?(?<n>\d{1,3}(?:,\d{3})+|\d{4,7})\b|(?<![\d.])(?<n>\d{1,3}(?:,\d{3})+)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Figure();

    /// <summary>A figure per hour, day, week or month is not comparable with yearly bands without converting it.</summary>
    [GeneratedRegex(@"\b(?:an?|per|each|every|/)\s*(?:hour|hr|day|week|wk|month|mo)\b|\bhourly\b|\bmonthly\b|\bweekly\b|\bdaily\b|/\s?(?:h|hr|mo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYearly();

    /// <summary>A figure in pounds, euros, rupees or another currency the bands do not use.</summary>
    [GeneratedRegex(@"[€£¥₹]|\b(?:eur|euros?|gbp|pounds?|inr|rupees?|lakhs?|yen|cad|aud|chf|francs?|sek|krona|kronor|zloty|pln|brl|reais|pesos?|lira)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCurrency();
}
