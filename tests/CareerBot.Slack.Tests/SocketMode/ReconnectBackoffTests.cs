using CareerBot.Slack.SocketMode;

namespace CareerBot.Slack.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_DoubleWithJitter_UpToTheCap_AndStartOverAfterReset()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalSeconds).ToList();

        double[] ceilings = [1, 2, 4, 8, 16, 30, 30, 30];
        for (var i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i], ceilings[i] / 2, ceilings[i]);
        }

        Assert.NotEqual(delays[6], delays[7]);
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1);
    }
}
