namespace CareerBot.Slack.SocketMode;

/// <summary>Exponential reconnect delays with "equal jitter": half fixed, half random, capped.</summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Random random)
{
    private int _attempt;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_attempt, 20);
        _attempt++;
        var ceiling = TimeSpan.FromTicks(Math.Min(max.Ticks, initial.Ticks * (1L << exponent)));
        return (ceiling / 2) + (ceiling / 2 * random.NextDouble());
    }

    public void Reset() => _attempt = 0;
}
