namespace CareerBot.Slack.Queue;

/// <summary>What happened to a delivery at acknowledgement time.</summary>
internal enum InboxResult
{
    /// <summary>Queued for a worker.</summary>
    Accepted,

    /// <summary>Seen before (retry, replay or re-send): acknowledged, not handled again.</summary>
    Duplicate,

    /// <summary>Not for the bot (its own message, an edit, another channel, an unknown type).</summary>
    Ignored,

    /// <summary>The queue is full or closed: refuse it so Slack delivers it again later.</summary>
    Busy,

    /// <summary>The payload does not have the expected shape.</summary>
    Malformed,
}
