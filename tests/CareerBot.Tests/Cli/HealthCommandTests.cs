using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CareerBot.Cli;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Cli;

[Collection(InProcessHosts.Name)]
public sealed class HealthCommandTests
{
    [Fact]
    public async Task Health_RunningServe_Exits0()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0"], Path.Combine(AppContext.BaseDirectory, "knowledge"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var (exit, output, _) = await CareerBotProcess.RunAsync(["health", "--url", address]);

        Assert.Equal(0, exit);
        Assert.Equal($"ready: {address}/readyz answered 200", output.Trim());
        await app.StopAsync();
    }

    [Fact]
    public async Task Health_NothingListening_Exits1WithOneLine()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exit, _, error) = await CareerBotProcess.RunAsync(["health", "--url", $"http://127.0.0.1:{port}"]);

        Assert.Equal(1, exit);
        Assert.StartsWith($"careerbot health: could not reach http://127.0.0.1:{port}/", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData(null, "http://localhost:5000")]
    [InlineData("http://+:8080", "http://localhost:8080")]
    [InlineData("http://*:80;https://*:443", "http://localhost:80")]
    [InlineData("http://10.0.0.5:9000", "http://10.0.0.5:9000")]
    public void DefaultUrl_IsWhereALocalServeListens(string? urls, string expected)
    {
        Assert.Equal(expected, HealthCommand.DefaultUrl(urls));
    }

    [Fact]
    public async Task Serve_NoPlatformConfigured_SaysSoInOneLogLine()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(CareerBotProcess.BinaryFolder, "careerbot.dll"));
        foreach (var arg in new[] { "serve", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Slack__", StringComparison.Ordinal) || k.StartsWith("Discord__", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(key);
        }

        using var process = Process.Start(start)!;
        var lines = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.Contains("Now listening on", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Single(lines, l => l.Contains("No chat platform is configured", StringComparison.Ordinal));
        Assert.StartsWith("warn: ", lines.Single(l => l.Contains("No chat platform", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
