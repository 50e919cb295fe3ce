namespace CareerBot.Discord.Interactions;

/// <summary>
/// Delivers the first answer to an interaction: on the gateway a REST callback, on the HTTP endpoint the
/// HTTP response itself. <paramref name="body"/> is the callback object as JSON.
/// </summary>
internal interface IInteractionCallback
{
    Task SendAsync(byte[] body, CancellationToken cancellationToken);
}
