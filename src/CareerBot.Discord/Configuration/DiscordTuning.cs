namespace CareerBot.Discord.Configuration;

/// <summary>
/// Protocol timings and the jitter source. Not configuration a team should touch (Discord fixes most of
/// these); a singleton so tests can shrink the waits to milliseconds and make the jitter deterministic.
/// </summary>
internal sealed class DiscordTuning
{
    /// <summary>Opening the WebSocket.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Waiting for op 10 Hello after the socket opens.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Sending one frame from the receive loop (a heartbeat Discord asked for).</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The close handshake.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First step of the reconnect backoff after a failed connection.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the reconnect backoff.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Op 9 with <c>d:false</c>: wait a random time in [min, max] before identifying again (Discord: 1-5 s).</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>max_concurrency</c> Identifies are allowed per this window.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an interaction may compute before it is deferred; Discord allows 3 s from its send.</summary>
    public TimeSpan InteractionAckBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>First delay of the REST retry on 5xx (exponential with jitter).</summary>
    public TimeSpan RestRetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public int RestMaxRetries { get; init; } = 3;

    /// <summary>One REST attempt, including a wait for its rate-limit bucket.</summary>
    public TimeSpan RestAttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt of an interaction callback or webhook call: the first answer is due 3 s after receipt.</summary>
    public TimeSpan InteractionAttemptTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>On stop, how long deferred interaction answers may still take before they are cancelled.</summary>
    public TimeSpan InteractionDrainTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a member join is remembered to ignore the repeats Discord may send.</summary>
    public TimeSpan WelcomeDedupeWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a long follow-up command is kept for its button (commands too long for a custom id).</summary>
    public TimeSpan FollowUpLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The largest gateway message accepted (a GUILD_CREATE of a big guild is a few MB).</summary>
    public int MaxGatewayMessageBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Event handlers running at once; more wait in the queue.</summary>
    public int MaxConcurrentHandlers { get; init; } = 16;

    /// <summary>The source of jitter; tests pass a seeded or fixed one.</summary>
    public Random Random { get; init; } = Random.Shared;
}
