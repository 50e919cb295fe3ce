namespace CareerBot.Discord.Gateway;

internal enum ReconnectAction
{
    /// <summary>Resume the session when there is one, else identify.</summary>
    Resume,

    /// <summary>The session is gone: identify afresh.</summary>
    Identify,

    /// <summary>A person has to fix something: stop, never loop.</summary>
    Fatal,

    /// <summary>The host is shutting down.</summary>
    Stop,
}
