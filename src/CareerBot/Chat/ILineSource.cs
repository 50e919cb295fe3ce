namespace CareerBot.Chat;

/// <summary>Where the chat's lines come from; null is the end of input (Ctrl-D, Ctrl-C, end of a pipe).</summary>
internal interface ILineSource
{
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);
}
