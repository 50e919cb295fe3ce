namespace CareerBot.Core.Evaluation;

/// <summary>What the bot said, in the shape the scorer reads.</summary>
public sealed record EvalAnswer(bool Answered, string Intent, string Text);
