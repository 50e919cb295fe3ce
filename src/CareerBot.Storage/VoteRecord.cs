namespace CareerBot.Storage;

/// <summary>A click on "Helpful" or "Not helpful" under an answer.</summary>
/// <param name="AnswerId">The answer voted on, from the button.</param>
/// <param name="UserHash">The keyed hash of the voter (<see cref="UserHasher"/>).</param>
/// <param name="Helpful">True for "Helpful".</param>
/// <param name="VotedAt">When the click arrived.</param>
public sealed record VoteRecord(string AnswerId, string UserHash, bool Helpful, DateTimeOffset VotedAt);
