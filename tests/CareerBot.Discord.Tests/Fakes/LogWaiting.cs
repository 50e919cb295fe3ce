using Microsoft.Extensions.Logging.Testing;

namespace CareerBot.Discord.Tests.Fakes;

internal static class LogWaiting
{
    /// <summary>Waits until the adapter has logged a matching record: a sign it reached a state no peer can see.</summary>
    public static async Task<FakeLogRecord> WaitForAsync(this FakeLogCollector logs, Func<FakeLogRecord, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (logs.GetSnapshot().FirstOrDefault(match) is { } record)
            {
                return record;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The expected log record never came.");
    }

    public static Task<FakeLogRecord> WaitForEventAsync(this FakeLogCollector logs, int eventId) =>
        logs.WaitForAsync(r => r.Id.Id == eventId);
}
