namespace CareerBot.Core.Evaluation;

/// <summary>A question the bot got wrong, with what it said and why it failed.</summary>
public sealed record EvalFailure(EvalQuestion Question, EvalAnswer Answer, IReadOnlyList<string> Reasons);
