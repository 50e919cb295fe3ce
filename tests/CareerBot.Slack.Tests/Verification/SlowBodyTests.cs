using System.Net.Sockets;
using System.Text;
using CareerBot.Slack.Tests.Peers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Tests.Verification;

/// <summary>A client that announces a body and never sends it gets 408, logged as one quiet line, not an error with a trace.</summary>
public sealed class SlowBodyTests
{
    [Fact]
    public async Task BodyThatNeverArrives_Gets408_AndOneInformationLineWithoutATrace()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(
            slack,
            configure: builder => builder.WebHost.ConfigureKestrel(kestrel =>
                kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(1.5))));

        var status = await SendHeadersOnlyAsync(bot.BaseAddress, "/slack/commands");

        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        await Eventually.TrueAsync(() => bot.Logs.Entries.Any(e => e.EventId.Id == 3103));
        var entry = bot.Logs.Entries.First(e => e.EventId.Id == 3103);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
        // Nothing at a level production logs (Information and up) carries a stack trace; Kestrel's own Debug line may.
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Warning || (e.Level >= LogLevel.Information && e.Exception is not null));
    }

    /// <summary>Sends a POST's headers promising a body, then nothing; returns the status line of the answer.</summary>
    internal static async Task<string> SendHeadersOnlyAsync(Uri baseAddress, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)) ?? string.Empty;
    }
}
