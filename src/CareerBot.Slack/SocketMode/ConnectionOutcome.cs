namespace CareerBot.Slack.SocketMode;

/// <summary>How one Socket Mode connection ended.</summary>
/// <param name="Reason">The <c>disconnect</c> reason, or <c>closed</c>, <c>dropped</c>, <c>hello_timeout</c>, ...</param>
/// <param name="HelloReceived">Whether Slack said hello, i.e. the connection worked.</param>
internal sealed record ConnectionOutcome(string Reason, bool HelloReceived)
{
    /// <summary>Slack's routine refresh: reconnect at once, it is not a failure.</summary>
    public bool IsRoutineRefresh => HelloReceived && Reason is "warning" or "refresh_requested";
}
