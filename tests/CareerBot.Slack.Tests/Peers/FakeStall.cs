namespace CareerBot.Slack.Tests.Peers;

/// <summary>How a scripted answer of the fake Slack hangs, after the request was received in full.</summary>
public enum FakeStall
{
    /// <summary>Answers at once.</summary>
    None,

    /// <summary>Never sends the status line: the client sees a timeout although Slack got (and maybe acted on) the request.</summary>
    BeforeHeaders,

    /// <summary>Sends the status, headers and the start of the body, then nothing more.</summary>
    MidBody,
}
