using System.Globalization;

namespace CareerBot.Core.Evaluation;

/// <summary>The score of an eval run.</summary>
public sealed record EvalReport(int Total, int Passed, IReadOnlyList<EvalFailure> Failures)
{
    public double Percent => Total == 0 ? 0 : 100.0 * Passed / Total;

    /// <summary>The scorer's last line: <c>score: P/N (X%)</c>.</summary>
    public string ScoreLine => string.Create(CultureInfo.InvariantCulture, $"score: {Passed}/{Total} ({Percent:F1}%)");
}
