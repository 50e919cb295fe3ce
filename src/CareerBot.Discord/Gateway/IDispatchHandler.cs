namespace CareerBot.Discord.Gateway;

/// <summary>Handles gateway events by name, on the <see cref="DispatchLane"/> it asks for.</summary>
internal interface IDispatchHandler
{
    IReadOnlyCollection<string> Events { get; }

    DispatchLane Lane { get; }

    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
