using CareerBot.Core;
using CareerBot.Discord;
using CareerBot.Slack;

namespace CareerBot.Hosting;

/// <summary>Builds the hosted worker that <c>careerbot serve</c> runs: the engine, every configured platform, health.</summary>
internal static class BotWebHost
{
    /// <param name="configureServices">Tests replace services here (a slow engine, a fake clock); null in production.</param>
    public static WebApplication Build(string[] args, string? knowledgePath, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        CareerBotConfiguration.ApplyKnowledgeOverride(builder.Configuration, knowledgePath);

        // A start-up failure the user can fix (bad knowledge file, bad setting) is printed as one line by the
        // CLI; the host's own "Hosting failed to start" record would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        // Resilience pipelines log every HTTP attempt at Information; retries and failures still show at Warning.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        builder.Services.AddCareerBotCore(builder.Configuration);
        builder.Services.AddKnowledgeWarmup();
        builder.Services.AddCareerBotHealth(builder.Configuration);
        builder.AddCareerBotMetrics();
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapCareerBotMetrics();
        app.MapSlackEndpoints();
        app.MapDiscordEndpoints();
        return app;
    }
}
