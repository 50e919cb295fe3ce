namespace CareerBot.Storage;

/// <summary>
/// Where questions and votes are written. Every write completes only once its row is durably committed, so an
/// adapter that awaits it before sending the answer (or the vote's thanks) never acknowledges what could be lost.
/// Implementations: the embedded SQLite store (the default); others (PostgreSQL for several replicas) implement the
/// same contract.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>
    /// Creates the schema or migrates it to the version this binary knows; idempotent. Throws
    /// <see cref="StoreException"/> with a message that names the setting to fix (a newer schema than the binary
    /// knows, a locked or read-only database, a path that cannot be opened).
    /// </summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Records one answered question; completes when it is committed. A repeated answer id is ignored.</summary>
    Task RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken);

    /// <summary>
    /// Records a user's vote on an answer, one per user per answer: a second vote replaces the first. Completes when
    /// committed, with what happened (<see cref="VoteOutcome.UnknownAnswer"/> when the answer is not, or no longer,
    /// recorded, e.g. deleted by retention: nothing is written then).
    /// </summary>
    Task<VoteOutcome> RecordVoteAsync(VoteRecord vote, CancellationToken cancellationToken);

    /// <summary>Deletes questions asked before <paramref name="cutoff"/> and every vote on them; returns the questions deleted.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
