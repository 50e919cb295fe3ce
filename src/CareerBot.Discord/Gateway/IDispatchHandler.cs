namespace CareerBot.Discord.Gateway;

/// <summary>Handles gateway events by name. Inline handlers (cache updates) run in order on the processor loop.</summary>
internal interface IDispatchHandler
{
    IReadOnlyCollection<string> Events { get; }

    bool RunsInline { get; }

    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
