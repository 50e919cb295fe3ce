namespace CareerBot.Slack.Tests;

/// <summary>Polls a condition that becomes true on another thread (a server, a worker), failing after a timeout.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Timed out waiting for " + (what ?? "a condition"));
            }

            await Task.Delay(10);
        }
    }
}
