using CareerBot.Adapters.Replies;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Storage;
using CareerBot.Storage.Users;
using Microsoft.Extensions.Logging;

namespace CareerBot.Adapters.Feedback;

/// <summary>
/// Records every answered question before the answer leaves: it returns the reply only once its record is committed
/// (through the store's group commit), with the answer id its feedback buttons carry. The user id is kept only as
/// its keyed hash, and mention markup is taken out of the text, so no platform id is ever stored. Rate-limit notices
/// and suppressed replies are not answers and are not recorded, and a share repeats an answer, it asks nothing new. When the store fails, the answer still goes out,
/// without feedback buttons, and the failure is logged: a user is never left without an answer for the sake of the
/// statistics.
/// </summary>
internal sealed class RecordingResponder(
    IChatResponder inner, IFeedbackStore store, UserHasher hasher, TimeProvider timeProvider, ILogger<RecordingResponder> logger) : IChatResponder
{
    public async ValueTask<Reply> RespondAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var askedAt = timeProvider.GetUtcNow();
        var started = timeProvider.GetTimestamp();
        var reply = await inner.RespondAsync(request, cancellationToken);
        var elapsed = timeProvider.GetElapsedTime(started);
        if (reply.Delivery != ReplyDelivery.Answer)
        {
            return reply;
        }

        if (request.IsShare)
        {
            // A share repeats an answer already recorded: no new question; the channel's votes go to that answer.
            return reply with { AnswerId = AnswerIds.IsValid(request.SharedAnswerId) ? request.SharedAnswerId : null };
        }

        var record = new QuestionRecord(
            AnswerIds.New(askedAt),
            askedAt,
            request.Platform,
            string.IsNullOrEmpty(request.UserId) ? null : hasher.Hash(request.Platform, request.UserId),
            MentionMarkup.Strip(request.Text),
            reply.Intent.ToWireName(),
            reply.Answered,
            ReplyPolicy.SourceNames(reply.Sources).FirstOrDefault(),
            reply.Title,
            elapsed);
        try
        {
            await store.RecordQuestionAsync(record, cancellationToken);
        }
        catch (StoreException ex)
        {
            Log.RecordFailed(logger, ex, request.Platform);
            return reply;
        }

        return reply with { AnswerId = record.AnswerId };
    }
}
