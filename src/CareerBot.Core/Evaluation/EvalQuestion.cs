namespace CareerBot.Core.Evaluation;

/// <summary>
/// A line of an eval file: the question, whether it must be answered, the intent and expected strings, and the
/// conversation it belongs to (questions sharing one are asked in file order, as one conversation).
/// </summary>
public sealed record EvalQuestion(string Id, string Question, bool Answered, string? Intent, IReadOnlyList<IReadOnlyList<string>> Expect, string? Conversation = null);
