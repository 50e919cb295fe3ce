using CareerBot.Storage;
using CareerBot.Storage.Users;
using Microsoft.Extensions.Options;

namespace CareerBot.Adapters.Feedback;

/// <summary>
/// Records a click on a feedback button and says what to thank the clicker with. The thanks is returned only after
/// the vote is committed, so the clicker is never thanked for a vote that could still be lost. The voter is kept
/// only as the keyed hash of platform and user id.
/// </summary>
public sealed class FeedbackVotes(IFeedbackStore store, UserHasher hasher, TimeProvider timeProvider, IOptions<StoreOptions> options)
{
    public const string ThanksHelpful = "Thanks for the feedback! Glad it helped.";
    public const string ThanksNotHelpful = "Thanks for the feedback! It tells the team what to add to the guide.";
    public const string ChangedToHelpful = "Thanks, your vote is changed to \"Helpful\".";
    public const string ChangedToNotHelpful = "Thanks, your vote is changed to \"Not helpful\".";
    public const string AlreadyHelpful = "You already said this answer was helpful. Thanks!";
    public const string AlreadyNotHelpful = "You already said this answer was not helpful. Thanks!";
    public const string BrokenButton = "Sorry, this button could not be read. Ask again for a fresh answer to vote on.";

    /// <summary>The polite reply to a vote on an answer the store no longer has (older than the retention window).</summary>
    public string TooOld => $"Thanks! This answer is older than {options.Value.RetentionDays} days, so it can no longer be voted on. Ask again for a fresh one.";

    /// <summary>Records the vote (one per user per answer; a second click changes it) and returns the thanks to show.</summary>
    public async Task<string> VoteAsync(string platform, string userId, FeedbackClick click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        var outcome = await store.RecordVoteAsync(
            new VoteRecord(click.AnswerId, hasher.Hash(platform, userId), click.Helpful, timeProvider.GetUtcNow()), cancellationToken);
        return outcome switch
        {
            VoteOutcome.Recorded => click.Helpful ? ThanksHelpful : ThanksNotHelpful,
            VoteOutcome.Changed => click.Helpful ? ChangedToHelpful : ChangedToNotHelpful,
            VoteOutcome.Unchanged => click.Helpful ? AlreadyHelpful : AlreadyNotHelpful,
            _ => TooOld,
        };
    }
}
