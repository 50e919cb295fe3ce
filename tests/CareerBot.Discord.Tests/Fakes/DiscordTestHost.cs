using CareerBot.Adapters.Hosting;
using CareerBot.Core;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using CareerBot.Discord.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// The adapter as <c>careerbot serve</c> composes it (AddCareerBotCore + AddDiscord + MapDiscordEndpoints) on
/// real Kestrel at 127.0.0.1:0, configured only from the settings given here, talking to the fakes.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "test-token-not-a-real-one";
    public const string ApplicationId = "100000000000000001";

    private int? _exitCode;

    private DiscordTestHost(WebApplication app, ScriptedChat? chat)
    {
        App = app;
        Chat = chat;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The stand-in engine, or null when the real core answers.</summary>
    public ScriptedChat? Chat { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>What the adapter set as the process exit code (the real one is left alone).</summary>
    public int? ExitCode => _exitCode;

    public bool IsStopping => Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    private static readonly Lazy<KnowledgeHost> SharedKnowledge = new(() =>
    {
        var host = new KnowledgeHost(Options.Create(new KnowledgeOptions()), TimeProvider.System, NullLogger<KnowledgeHost>.Instance);
        host.EnsureLoaded();
        return host;
    });

    public static Dictionary<string, string?> Settings(FakeDiscordApi api) => new()
    {
        ["Discord:BotToken"] = Token,
        ["Discord:ApplicationId"] = ApplicationId,
        ["Discord:ApiBaseUrl"] = api.BaseUrl.ToString(),
    };

    public static async Task<DiscordTestHost> StartAsync(
        Dictionary<string, string?> settings,
        DiscordTuning? tuning = null,
        TimeProvider? timeProvider = null,
        bool realCore = false,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        // The guide, loaded and indexed once for the run (lexical: these tests are about Discord, not retrieval),
        // instead of every host loading the model and embedding the guide again.
        builder.Services.AddSingleton(SharedKnowledge.Value);
        builder.Services.AddCareerBotCore(builder.Configuration);
        ScriptedChat? chat = null;
        if (!realCore)
        {
            chat = new ScriptedChat();
            builder.Services.AddSingleton<IChatResponder>(chat);
            builder.Services.AddSingleton<ITopicSuggester>(chat);
        }

        builder.Services.AddDiscord(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton(tuning ?? TestTuning.Fast()));
        if (timeProvider is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(timeProvider));
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        var host = new DiscordTestHost(app, chat);
        if (app.Services.GetService<FatalStop>() is { } fatalStop)
        {
            fatalStop.SetExitCode = code => host._exitCode = code;
        }

        if (realCore)
        {
            app.Services.GetRequiredService<KnowledgeHost>().EnsureLoaded();
        }

        app.MapDiscordEndpoints();
        await app.StartAsync();
        host.BaseAddress = new Uri(app.Urls.First());
        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await App.StopAsync(stop.Token);
        await App.DisposeAsync();
    }
}
