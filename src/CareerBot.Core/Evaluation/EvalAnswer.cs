namespace CareerBot.Core.Evaluation;

/// <summary>What the bot said, in the shape the scorer reads.</summary>
/// <param name="Text">The whole reply as plain text (what <c>eval/score.py</c> reads as <c>text</c>).</param>
/// <param name="Answer">The main answer alone, above "Related:" (what strict scoring reads).</param>
public sealed record EvalAnswer(bool Answered, string Intent, string Text, string? Answer = null);
