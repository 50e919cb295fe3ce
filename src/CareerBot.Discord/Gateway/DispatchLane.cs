namespace CareerBot.Discord.Gateway;

/// <summary>Where <see cref="DispatchProcessor"/> runs a handler.</summary>
internal enum DispatchLane
{
    /// <summary>In order on the processor loop (cache updates: quick, and later events depend on them).</summary>
    Inline,

    /// <summary>On one of <see cref="Configuration.DiscordTuning.MaxConcurrentHandlers"/> workers (messages, welcomes: slow, no deadline).</summary>
    Shared,

    /// <summary>At once, never behind the shared workers: Discord wants the first answer within 3 s.</summary>
    Interactions,
}
