namespace CareerBot.Discord.Interactions;

/// <summary>
/// HTTP interactions: the first answer becomes the body of the 200 response to Discord's POST. Sending completes
/// only once that response has gone out (<see cref="MarkDelivered"/>, from <c>HttpResponse.OnCompleted</c>): until
/// Discord has the deferral, an edit of <c>@original</c> finds nothing to edit (10008 / 10015) and is lost.
/// </summary>
internal sealed class InlineInteractionCallback : IInteractionCallback
{
    private readonly TaskCompletionSource<byte[]> _body = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<byte[]> Body => _body.Task;

    public Task SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (!_body.TrySetResult(body))
        {
            throw new InvalidOperationException("The interaction was already answered.");
        }

        return _delivered.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The HTTP response carrying <see cref="Body"/> has been sent.</summary>
    public void MarkDelivered() => _delivered.TrySetResult();
}
