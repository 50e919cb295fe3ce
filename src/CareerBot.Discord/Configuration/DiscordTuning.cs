using System.ComponentModel.DataAnnotations;

namespace CareerBot.Discord.Configuration;

/// <summary>
/// Protocol timings and the jitter source, section <c>Discord:Tuning</c> (environment variables
/// <c>Discord__Tuning__ReconnectMaxDelay</c> and so on). Discord fixes most of these, so the defaults rarely need a
/// change; every value is validated at start-up (<see cref="DiscordTuningDataValidator"/> for the ranges,
/// <see cref="DiscordTuningValidator"/> for the rules between them). The validated value is also a singleton, so tests
/// can shrink the waits to milliseconds and make the jitter deterministic.
/// </summary>
internal sealed class DiscordTuning
{
    public const string SectionName = "Discord:Tuning";

    /// <summary>Opening the WebSocket.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Waiting for op 10 Hello after the socket opens.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Sending one frame from the receive loop (a heartbeat Discord asked for).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The close handshake.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First step of the reconnect backoff after a failed connection.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the reconnect backoff.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Op 9 with <c>d:false</c>: wait a random time in [min, max] before identifying again (Discord: 1-5 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>max_concurrency</c> Identifies are allowed per this window.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan IdentifyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an interaction may compute before it is deferred; Discord allows 3 s from its send.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:02.900")]
    public TimeSpan InteractionAckBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First delay of the REST retry on 5xx (exponential with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RestRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(0, 10)]
    public int RestMaxRetries { get; set; } = 3;

    /// <summary>One REST attempt, including a wait for its rate-limit bucket.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RestAttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt of an interaction callback or webhook call: the first answer is due 3 s after receipt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:03")]
    public TimeSpan InteractionAttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>On stop, how long deferred interaction answers may still take before they are cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan InteractionDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a member join is remembered to ignore the repeats Discord may send.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan WelcomeDedupeWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a long follow-up command is kept for its button (commands too long for a custom id).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan FollowUpLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The largest gateway message accepted (a GUILD_CREATE of a big guild is a few MB).</summary>
    [Range(64 * 1024, 256 * 1024 * 1024)]
    public int MaxGatewayMessageBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Event handlers running at once; more wait in the queue.</summary>
    [Range(1, 256)]
    public int MaxConcurrentHandlers { get; set; } = 16;

    /// <summary>The source of jitter; not a setting (tests pass a seeded or fixed one).</summary>
    public Random Random { get; set; } = Random.Shared;
}
