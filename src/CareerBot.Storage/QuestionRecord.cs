namespace CareerBot.Storage;

/// <summary>One question and how it was answered.</summary>
/// <param name="AnswerId">The answer's id, carried in its feedback buttons (<see cref="AnswerIds"/>); unique.</param>
/// <param name="AskedAt">When the question arrived.</param>
/// <param name="Platform">"slack", "discord", "terminal".</param>
/// <param name="UserHash">The keyed hash of the platform and user id (<see cref="UserHasher"/>); never the raw id. Null: no user, or questions are not recorded.</param>
/// <param name="Text">What was asked, or null when <see cref="StoreOptions.RecordQuestions"/> is off (nothing derived from it is stored then either).</param>
/// <param name="Intent">The wire name of the intent the question was routed to ("ask", "salary", "rate_limited", ...).</param>
/// <param name="Answered">False when the bot said it does not know.</param>
/// <param name="TopSource">The first source named ("Title › Section"), or null.</param>
/// <param name="AnswerTitle">The answer's heading, shown in the report beside its votes.</param>
/// <param name="ResponseTime">How long the answer took, before it was recorded and sent.</param>
public sealed record QuestionRecord(
    string AnswerId,
    DateTimeOffset AskedAt,
    string Platform,
    string? UserHash,
    string? Text,
    string Intent,
    bool Answered,
    string? TopSource,
    string? AnswerTitle,
    TimeSpan ResponseTime);
