using CareerBot.Adapters.Hosting;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Events;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CareerBot.Slack.Queue;

/// <summary>
/// The workers behind the queue: each item goes to its handler. On shutdown the queue is closed and what is in it
/// is still handled until the host's shutdown timeout runs out.
/// </summary>
internal sealed class SlackWorkProcessor(
    SlackWorkQueue queue,
    ConversationHandler conversations,
    NewcomerGreeter greeter,
    FollowUpClickHandler followUps,
    ShareClickHandler shares,
    VoteClickHandler votes,
    SlackWebApiClient api,
    ResponseUrlClient responseUrls,
    FatalStop fatalStop,
    WorkAbandonment abandonment,
    IOptions<SlackOptions> options,
    ILogger<SlackWorkProcessor> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(abandonment.Abandon);
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(RunWorkerAsync, CancellationToken.None)));

    private async Task RunWorkerAsync()
    {
        await foreach (var work in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await HandleAsync(work, abandonment.Token);
        }
    }

    internal async Task HandleAsync(SlackWork work, CancellationToken cancellationToken)
    {
        var kind = work.GetType().Name;
        try
        {
            await (work switch
            {
                MentionWork mention => conversations.AnswerMentionAsync(mention.Message, cancellationToken),
                DirectMessageWork message => conversations.AnswerDirectMessageAsync(message.Message, cancellationToken),
                ChannelJoinWork join => greeter.GreetInChannelAsync(join.UserId, join.ChannelId, cancellationToken),
                TeamJoinWork join => greeter.GreetNewMemberAsync(join.UserId, cancellationToken),
                BlockActionWork { Action.ActionId: BlockKitRenderer.ShareActionId } click => shares.HandleAsync(click, cancellationToken),
                BlockActionWork click when click.Action.ActionId!.StartsWith(BlockKitRenderer.FeedbackActionPrefix, StringComparison.Ordinal)
                    => votes.HandleAsync(click, cancellationToken),
                BlockActionWork click when click.Action.ActionId!.StartsWith(BlockKitRenderer.FollowUpActionPrefix, StringComparison.Ordinal)
                    => followUps.HandleAsync(click, cancellationToken),
                DeferredAnswerWork deferred => SendDeferredAsync(deferred, cancellationToken),
                _ => Task.CompletedTask,
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.WorkAbandoned(logger, kind);
        }
        catch (SlackApiException ex) when (ex.IsAuthFailure)
        {
            fatalStop.StopForRejectedToken("Slack:BotToken", ex.Method, ex.Error);
        }
        catch (SlackApiException ex)
        {
            Log.WorkApiFailed(logger, kind, ex.Method, ex.Error);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            // Sending failed: Slack may have the message already, so no second one says sorry.
            Log.WorkFailed(logger, ex, kind);
        }
#pragma warning disable CA1031 // The queue worker's boundary: one failed delivery is logged and apologised for, the worker keeps running.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The one boundary of a queued path: the core never throws (ChatRouter answers its own failures), so what
            // lands here failed around it. It is logged, and whoever asked is told, never the whole channel.
            Log.WorkFailed(logger, ex, kind);
            await ApologizeAsync(work, cancellationToken);
        }
    }

    private async Task ApologizeAsync(SlackWork work, CancellationToken cancellationToken)
    {
        try
        {
            var sorry = SlackAnswerer.Failure;
            await (work switch
            {
                MentionWork mention => api.PostMessageAsync(PostMessageRequest.From(mention.Message.Channel!, sorry, mention.Message.ReplyThreadTs), cancellationToken),
                DirectMessageWork message => api.PostMessageAsync(PostMessageRequest.From(message.Message.Channel!, sorry, message.Message.ThreadTs), cancellationToken),
                BlockActionWork { ResponseUrl: { } url } => responseUrls.PostAsync(url, ResponseMessage.NewMessage(sorry, ResponseMessage.Ephemeral), cancellationToken),
                DeferredAnswerWork deferred => responseUrls.PostAsync(deferred.ResponseUrl, ResponseMessage.EphemeralOf(sorry), cancellationToken),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException or TimeoutException)
        {
            Log.ApologyFailed(logger, work.GetType().Name, ex.GetType().Name);
        }
    }

    private async Task SendDeferredAsync(DeferredAnswerWork deferred, CancellationToken cancellationToken)
    {
        var answer = await deferred.Answer.WaitAsync(cancellationToken);
        await responseUrls.PostAsync(deferred.ResponseUrl, ResponseMessage.EphemeralOf(answer), cancellationToken);
    }
}
