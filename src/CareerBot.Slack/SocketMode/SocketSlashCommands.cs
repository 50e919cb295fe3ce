using CareerBot.Adapters.Hosting;
using CareerBot.Slack.Answers;
using CareerBot.Slack.Commands;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Queue;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.SocketMode;

/// <summary>
/// Answers Socket Mode slash commands off the receive loop, at most <see cref="SlackOptions.SlashCommandConcurrency"/>
/// at once, and acknowledges each one itself: with the answer when Slack accepts a payload and the answer is ready
/// within the budget, otherwise without it (the answer then goes to the <c>response_url</c>).
/// </summary>
internal sealed class SocketSlashCommands(
    SlashCommandHandler handler,
    SlackWorkQueue queue,
    IOptions<SlackOptions> options,
    ILogger<SocketSlashCommands> logger)
{
    private readonly InFlightWork _running = new();

    /// <summary>Starts answering; false when as many commands are being answered as allowed.</summary>
    public bool TryStart(string envelopeId, SlashCommand command, bool acceptsPayload, SocketModeDispatcher.SendFrame send)
        => _running.TryRun(() => AnswerAsync(envelopeId, command, acceptsPayload, send), options.Value.SlashCommandConcurrency);

    /// <summary>Acknowledges at once with the busy notice, without asking the core.</summary>
    public Task RefuseAsync(string envelopeId, SlashCommand command, bool acceptsPayload, SocketModeDispatcher.SendFrame send, CancellationToken cancellationToken)
    {
        Log.SlashCommandsBusy(logger, command.Command);
        return AcknowledgeAsync(envelopeId, command, acceptsPayload, SlackAnswerer.Busy, send, cancellationToken);
    }

    /// <summary>Completes when every started command has been acknowledged and its answer handed on (at shutdown).</summary>
    public Task WhenIdleAsync() => _running.WhenIdleAsync();

    private async Task AnswerAsync(string envelopeId, SlashCommand command, bool acceptsPayload, SocketModeDispatcher.SendFrame send)
    {
        try
        {
            // Bounded by the budget: a slower answer is queued for the response_url and this returns null.
            var answer = await handler.HandleAsync(command, CancellationToken.None);
            await AcknowledgeAsync(envelopeId, command, acceptsPayload, answer, send, CancellationToken.None);
        }
#pragma warning disable CA1031 // The Socket Mode slash command's boundary: a failure is logged and apologised for, the socket stays up.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // A task of its own is a boundary: nobody else would see the failure.
            Log.DispatchFailed(logger, ex);
        }
    }

    private async Task AcknowledgeAsync(
        string envelopeId, SlashCommand command, bool acceptsPayload, SlackMessage? answer, SocketModeDispatcher.SendFrame send, CancellationToken cancellationToken)
    {
        var ridesInAck = answer is not null && acceptsPayload;
        var acknowledged = await send(new SocketAck(envelopeId, ridesInAck ? ResponseMessage.EphemeralOf(answer!) : null), cancellationToken);
        if (answer is null || (ridesInAck && acknowledged))
        {
            return;
        }

        if (command.ResponseUrl is not { } responseUrl)
        {
            Log.SlashAnswerDropped(logger, command.Command, "no_response_url");
        }
        else if (!queue.TryEnqueue(new DeferredAnswerWork(responseUrl, Task.FromResult(answer))))
        {
            Log.SlashAnswerDropped(logger, command.Command, "queue_full");
        }
    }
}
