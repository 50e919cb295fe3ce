using System.Text.RegularExpressions;

namespace CareerBot.Core.Evaluation;

/// <summary>
/// Scores answers exactly as <c>eval/score.py</c> does: answered must match; for answered questions the
/// intent (where given) must match and each expect group needs one of its strings in the normalised text.
/// Strict scoring reads the main answer alone (above "Related:"), so a related snippet cannot rescue a
/// wrong answer.
/// </summary>
internal static partial class EvalScorer
{
    /// <summary>The reasons an answer fails; empty when it passes.</summary>
    public static IReadOnlyList<string> Check(EvalQuestion question, EvalAnswer answer, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var why = new List<string>();
        if (answer.Answered != question.Answered)
        {
            why.Add($"answered={(answer.Answered ? "True" : "False")} want {(question.Answered ? "True" : "False")}");
        }

        if (question.Answered)
        {
            if (question.Intent is not null && answer.Intent != question.Intent)
            {
                why.Add($"intent={answer.Intent} want {question.Intent}");
            }

            var text = Normalise(strict ? answer.Answer ?? answer.Text : answer.Text);
            foreach (var group in question.Expect)
            {
                if (!group.Any(t => text.Contains(Normalise(t), StringComparison.Ordinal)))
                {
                    why.Add($"missing any of [{string.Join(", ", group.Select(g => $"'{g}'"))}]");
                }
            }
        }

        return why;
    }

    /// <summary>Lower case, en/em dashes to '-', '$' removed, commas between digits removed.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.ToLowerInvariant().Replace('\u2013', '-').Replace('\u2014', '-').Replace("$", string.Empty, StringComparison.Ordinal);
        return DigitComma().Replace(s, string.Empty);
    }

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex DigitComma();
}
