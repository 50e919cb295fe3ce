namespace CareerBot.Discord.Gateway;

/// <summary>One shard's resumable session: the id and URL from READY and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private const long NoSequence = -1;
    private long _sequence = NoSequence;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last sequence number received; sent with heartbeats and Resume.</summary>
    public long? Sequence
    {
        get => Interlocked.Read(ref _sequence) is var s && s == NoSequence ? null : s;
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Records <paramref name="s"/>; false when it is not newer than what was handled (a replay after Resume).</summary>
    public bool Advance(long s)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _sequence);
            if (s <= current)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref _sequence, s, current) != current);
        return true;
    }

    /// <summary>Forgets the session: the next connection identifies afresh.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, NoSequence);
    }
}
