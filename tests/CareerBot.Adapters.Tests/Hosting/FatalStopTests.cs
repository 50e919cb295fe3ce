using CareerBot.Adapters.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CareerBot.Adapters.Tests.Hosting;

public sealed class FatalStopTests
{
    [Fact]
    public async Task Stop_LogsWhatToFix_SetsExitCode78_AndStopsTheHostOnce()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddChatAdapterCore();
        using var host = builder.Build();
        await host.StartAsync();
        var stop = host.Services.GetRequiredService<FatalStop>();
        var codes = new List<int>();
        stop.SetExitCode = codes.Add;
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();

        stop.Stop("Slack rejected the token in Slack:BotToken; set Slack__BotToken");
        stop.Stop("a second adapter fails as the host stops");

        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.True(stop.IsStopped);
        Assert.Equal([FatalStop.ExitCode], codes);
        Assert.Equal(78, FatalStop.ExitCode);
        var critical = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains("Slack__BotToken", critical.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public void Stop_OutsideAHost_OnlyLogsAndSetsTheExitCode()
    {
        using var services = new ServiceCollection().AddLogging(b => b.AddFakeLogging()).AddChatAdapterCore().BuildServiceProvider();
        var stop = services.GetRequiredService<FatalStop>();
        var codes = new List<int>();
        stop.SetExitCode = codes.Add;

        stop.Stop("Discord rejected the bot token; set Discord__BotToken");

        Assert.Equal([78], codes);
    }
}
