using CareerBot.Adapters.Hosting;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>The REST client with its real handler chain (retry, rate limits, 401 guard), pointed at <see cref="FakeDiscordApi"/>.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordApi api, ServiceProvider services)
    {
        Api = api;
        _services = services;
    }

    public FakeDiscordApi Api { get; }

    public DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public IServiceProvider Services => _services;

    public int? ExitCode { get; private set; }

    public static async Task<RestHarness> StartAsync(DiscordTuning? tuning = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        collection.AddOptions<DiscordOptions>().Configure(o =>
        {
            o.BotToken = DiscordTestHost.Token;
            o.ApplicationId = DiscordTestHost.ApplicationId;
            o.ApiBaseUrl = api.BaseUrl;
        });
        collection.AddDiscordRest();
        collection.Replace(ServiceDescriptor.Singleton(tuning ?? TestTuning.Fast()));
        var provider = collection.BuildServiceProvider();
        var harness = new RestHarness(api, provider);
        provider.GetRequiredService<FatalStop>().SetExitCode = code => harness.ExitCode = code;
        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
