using System.Net.Sockets;
using System.Text;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Tests.Interactions;

/// <summary>A client that announces an interaction body and never sends it gets 408, logged as one quiet line, not an error with a trace.</summary>
public sealed class SlowBodyTests
{
    [Fact]
    public async Task BodyThatNeverArrives_Gets408_AndOneInformationLineWithoutATrace()
    {
        using var signer = new InteractionSigner();
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(
            new()
            {
                ["Discord:PublicKey"] = signer.PublicKeyHex,
                ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
                ["Discord:ApiBaseUrl"] = api.BaseUrl.ToString(),
            },
            services: services => services.Configure<KestrelServerOptions>(kestrel =>
                kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(1.5))));

        using var client = new TcpClient();
        await client.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /discord/interactions HTTP/1.1\r\nHost: {host.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 408", status, StringComparison.Ordinal);
        var deadline = Task.Delay(TimeSpan.FromSeconds(10));
        while (!host.Logs.GetSnapshot().Any(r => r.Id.Id == 2311) && !deadline.IsCompleted)
        {
            await Task.Delay(20);
        }

        var line = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 2311);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        // Nothing at a level production logs (Information and up) carries a stack trace; Kestrel's own Debug line may.
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning || (r.Level >= LogLevel.Information && r.Exception is not null));
    }
}
