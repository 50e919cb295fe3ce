namespace CareerBot.Adapters.Feedback;

/// <summary>A click on "Helpful" (<paramref name="Helpful"/> true) or "Not helpful" under the answer <paramref name="AnswerId"/>.</summary>
public sealed record FeedbackClick(string AnswerId, bool Helpful);
