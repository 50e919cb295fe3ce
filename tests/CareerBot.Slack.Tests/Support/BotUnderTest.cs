using CareerBot.Core;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using CareerBot.Slack.Tests.Peers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Tests;

/// <summary>
/// The real thing on loopback: a Kestrel app composed like <c>careerbot serve</c> (AddCareerBotCore + AddSlack +
/// MapSlackEndpoints), its Web API pointed at a <see cref="FakeSlack"/>.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-test-bot-token-123456";
    public const string AppToken = "xapp-1-test-app-token-987654";

    private readonly WebApplication _app;

    private BotUnderTest(WebApplication app, LogSink logs)
    {
        _app = app;
        Logs = logs;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };

    public IServiceProvider Services => _app.Services;

    public LogSink Logs { get; }

    public IHostApplicationLifetime Lifetime => _app.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>HTTP mode (signing secret) unless <paramref name="settings"/> says otherwise.</summary>
    public static async Task<BotUnderTest> StartAsync(
        FakeSlack slack,
        Dictionary<string, string?>? settings = null,
        IChatResponder? responder = null,
        bool httpMode = true,
        bool socketMode = false,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Host.ConfigureHostOptions(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var logs = new LogSink();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);

        var config = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:ChannelMessageInterval"] = "00:00:00",
            // Generous on a busy CI machine: tests about slowness set their own budget.
            ["Slack:SlashCommandBudget"] = "00:00:02.500",
            ["Slack:ApiRetryDelay"] = "00:00:00.010",
            ["Slack:ReconnectDelay"] = "00:00:00.010",
            ["Slack:MaxReconnectDelay"] = "00:00:00.050",
        };
        if (httpMode)
        {
            config["Slack:SigningSecret"] = SigningSecret;
        }

        if (socketMode)
        {
            config["Slack:AppToken"] = AppToken;
        }

        foreach (var setting in settings ?? [])
        {
            config[setting.Key] = setting.Value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(SharedKnowledge.Host);
        builder.Services.AddCareerBotCore(builder.Configuration);
        builder.Services.AddSlack(builder.Configuration);
        if (responder is not null)
        {
            builder.Services.AddSingleton<IChatResponder>(responder);
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapSlackEndpoints();
        var bot = new BotUnderTest(app, logs);
        await app.StartAsync();
        bot.BaseAddress = new Uri(app.Urls.First());
        return bot;
    }

    /// <summary>A graceful stop, as on SIGTERM: the host's shutdown timeout (5 s here) bounds the drain.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
