namespace CareerBot.Discord.Interactions;

/// <summary>Where an interaction's answer stands; it only moves forward.</summary>
internal enum InteractionState
{
    None = 0,
    Deferred = 1,
    Responded = 2,
}
