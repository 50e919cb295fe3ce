using System.ComponentModel.DataAnnotations;

namespace CareerBot.Slack.Configuration;

/// <summary>
/// Settings of section <c>Slack</c> (environment variables <c>Slack__BotToken</c>, <c>Slack__SigningSecret</c>, ...).
/// A signing secret turns on the HTTP endpoints, an app token turns on Socket Mode; the bot token is always needed.
/// </summary>
internal sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Bot token (<c>xoxb-</c>) for the Web API: every reply is sent with it.</summary>
    public string? BotToken { get; set; }

    /// <summary>Signing secret: enables <c>/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c>.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>App-level token (<c>xapp-</c>, scope <c>connections:write</c>): enables Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Base address of the Web API; tests point it at a loopback server.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Channel ids (e.g. <c>C0123ABCD</c>) where newcomers get a welcome when they join.</summary>
    public IList<string> OnboardingChannels { get; set; } = [];

    /// <summary>Greet people who join the workspace (<c>team_join</c>) by DM. Off by default.</summary>
    public bool TeamJoinGreetings { get; set; }

    /// <summary>How long a slash command may take before the reply moves to <c>response_url</c> (Slack allows 3 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:02.500")]
    public TimeSpan SlashCommandBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Socket Mode: how many slash commands are answered at once (each for at most <see cref="SlashCommandBudget"/>
    /// before it is acknowledged); past that a command is acknowledged at once with the busy notice.
    /// </summary>
    [Range(1, 256)]
    public int SlashCommandConcurrency { get; set; } = 16;

    /// <summary>How long delivered event ids and message timestamps are remembered to drop duplicates.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "1.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Largest request body the HTTP endpoints read; bigger requests get 413.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Least time between two messages the bot posts in one channel (Slack: about one per second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many queued events and clicks are handled at once.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>How many acknowledged events may wait for a worker; past that HTTP deliveries are refused so Slack retries.</summary>
    [Range(10, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Socket Mode: how often the client pings the server.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan SocketPingInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Socket Mode watchdog: a socket that does not answer a ping within this time is replaced.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan SocketPingTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Socket Mode: how long to wait for <c>hello</c> after connecting.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan SocketHelloTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Socket Mode: first delay before reconnecting after a failure; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Socket Mode: the cap of the reconnect backoff.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Web API: first delay before retrying a transient failure (429 uses Retry-After instead).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ApiRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Web API: retries after the first attempt for 429 and transient failures.</summary>
    [Range(0, 10)]
    public int ApiMaxRetries { get; set; } = 3;

    /// <summary>Web API: timeout of one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan ApiAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool HttpEndpointsEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken);
}
