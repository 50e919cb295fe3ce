using CareerBot.Discord.Configuration;

namespace CareerBot.Discord.Tests.Fakes;

internal static class TestTuning
{
    /// <summary>Discord's waits shrunk to milliseconds and the jitter fixed at one half.</summary>
    public static DiscordTuning Fast(TimeSpan? ackBudget = null) => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        HelloTimeout = TimeSpan.FromSeconds(5),
        CloseTimeout = TimeSpan.FromSeconds(1),
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(100),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(10),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(30),
        IdentifyWindow = TimeSpan.FromMilliseconds(50),
        InteractionAckBudget = ackBudget ?? TimeSpan.FromSeconds(2),
        RestRetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RestAttemptTimeout = TimeSpan.FromSeconds(10),
        Random = new FixedRandom(0.5),
    };
}
