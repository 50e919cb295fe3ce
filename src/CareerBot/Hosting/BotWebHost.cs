using CareerBot.Adapters.Digest;
using CareerBot.Adapters.Feedback;
using CareerBot.Core;
using CareerBot.Discord;
using CareerBot.Logging;
using CareerBot.Slack;
using CareerBot.Storage;
using CareerBot.Storage.Postgres;

namespace CareerBot.Hosting;

/// <summary>Builds the hosted worker that <c>careerbot serve</c> runs: the engine, every configured platform, health.</summary>
internal static class BotWebHost
{
    /// <param name="configureServices">Tests replace services here (a slow engine, a fake clock); null in production.</param>
    public static WebApplication Build(string[] args, string? knowledgePath, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The default host would watch the whole content root (the working folder, the database's folder with it)
            // for appsettings.json edits, even after its sources are cleared below: every commit of the store woke that
            // watcher (5% of a question's CPU under load). None of the sources below reloads, so nothing is lost.
            Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });

        // Settings are read exactly as every other command reads them (user secrets too, in any environment),
        // so a platform that the bare `careerbot` detects is the platform `serve` runs.
        builder.Configuration.Sources.Clear();
        CareerBotConfiguration.AddSources(builder.Configuration, knowledgePath, args);
        builder.Logging.AddCareerBotConsole();
        builder.Services.AddQuietResilienceTelemetry();

        // The server is ready in well under a second and answers lexically while the embedding model loads
        // (readiness says so); a setting of its own (Search__ServeWhileLoading=false) still wins.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = [new("Search:ServeWhileLoading", "true")],
        });

        builder.Services.AddCareerBotCore(builder.Configuration);
        // Every answer is recorded before it is sent; the store opens first and, stopping last, drains after the
        // platforms have finished what they were answering.
        builder.Services.AddFeedbackRecording(builder.Configuration);
        builder.Services.AddCareerBotStorageHosting();
        builder.Services.AddKnowledgeWarmup();
        builder.Services.AddCareerBotHealth(builder.Configuration);
        builder.AddCareerBotMetrics();
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);
        // The weekly digest to the admins' channels (Report__DigestChannel__Slack / __Discord); nothing without one.
        builder.Services.AddWeeklyDigest(builder.Configuration);
        // Store__Provider=postgres: several replicas share dedupe, conversations and rate limits (after the rest: it wraps them).
        builder.Services.AddPostgresStore(builder.Configuration);

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapCareerBotMetrics();
        app.MapSlackEndpoints();
        app.MapDiscordEndpoints();
        if (!PlatformDetection.AnyPlatformConfigured(app.Configuration))
        {
            Log.NoPlatformConfigured(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotWebHost).FullName!));
        }

        return app;
    }
}
