namespace CareerBot.Discord.Interactions;

/// <summary>HTTP interactions: the first answer becomes the body of the 200 response to Discord's POST.</summary>
internal sealed class InlineInteractionCallback : IInteractionCallback
{
    private readonly TaskCompletionSource<byte[]> body = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<byte[]> Body => body.Task;

    public Task SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (!this.body.TrySetResult(body))
        {
            throw new InvalidOperationException("The interaction was already answered.");
        }

        return Task.CompletedTask;
    }
}
