namespace CareerBot.Storage;

/// <summary>The report: counts per day and platform, what went unanswered, what was judged unhelpful, what was slow.</summary>
/// <param name="Since">The query's start, when it had one.</param>
/// <param name="Questions">Questions asked in the period.</param>
/// <param name="Answered">Of those, answered (not "I don't know").</param>
/// <param name="ByDay">Per UTC day with questions, oldest first.</param>
/// <param name="ByPlatform">Questions per platform.</param>
/// <param name="Unanswered">Unanswered questions grouped by their normalised text (<see cref="QuestionText.Normalize"/>), most asked first; empty when no text was recorded.</param>
/// <param name="NotHelpful">Answers with "Not helpful" votes, grouped by answer title and top source, most "Not helpful" first.</param>
/// <param name="Votes">All votes on questions in the period.</param>
/// <param name="SlowestIntents">Intents by their slowest (95th percentile) response time, slowest first.</param>
public sealed record ReportData(
    DateTimeOffset? Since,
    int Questions,
    int Answered,
    IReadOnlyList<DayCount> ByDay,
    IReadOnlyDictionary<string, int> ByPlatform,
    IReadOnlyList<TextCount> Unanswered,
    IReadOnlyList<AnswerVotes> NotHelpful,
    VoteTotals Votes,
    IReadOnlyList<IntentTiming> SlowestIntents);
