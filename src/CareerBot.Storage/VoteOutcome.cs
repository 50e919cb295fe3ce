namespace CareerBot.Storage;

/// <summary>What a vote did.</summary>
public enum VoteOutcome
{
    /// <summary>The user's first vote on this answer.</summary>
    Recorded,

    /// <summary>The user had voted the other way; the vote now counts this way.</summary>
    Changed,

    /// <summary>The user had already voted this way; nothing changed.</summary>
    Unchanged,

    /// <summary>The answer is not recorded (older than the retention window, or never was): nothing was written.</summary>
    UnknownAnswer,
}
