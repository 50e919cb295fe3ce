using CareerBot.Adapters.Hosting;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Events;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
        catch (Exception ex)
        {
            Log.WorkFailed(logger, ex, kind);
        }
    }

    private async Task SendDeferredAsync(DeferredAnswerWork deferred, CancellationToken cancellationToken)
    {
        var answer = await deferred.Answer.WaitAsync(cancellationToken);
        await responseUrls.PostAsync(deferred.ResponseUrl, ResponseMessage.EphemeralOf(answer), cancellationToken);
    }
}
