using CareerBot.Core;
using CareerBot.Discord;
using CareerBot.Slack;

namespace CareerBot.Hosting;

/// <summary>Builds the hosted worker that <c>careerbot serve</c> runs: the engine, every configured platform, health.</summary>
internal static class BotWebHost
{
    public static WebApplication Build(string[] args, string? knowledgePath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        CareerBotConfiguration.ApplyKnowledgeOverride(builder.Configuration, knowledgePath);

        // The server is ready in well under a second and answers lexically while the embedding model loads
        // (readiness says so); a setting of its own (Search__ServeWhileLoading=false) still wins.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = [new("Search:ServeWhileLoading", "true")],
        });

        // A start-up failure the user can fix (bad knowledge file, bad setting) is printed as one line by the
        // CLI; the host's own "Hosting failed to start" record would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        // Resilience pipelines log every HTTP attempt at Information; retries and failures still show at Warning.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        builder.Services.AddCareerBotCore(builder.Configuration);
        builder.Services.AddKnowledgeWarmup();
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapSlackEndpoints();
        app.MapDiscordEndpoints();
        return app;
    }
}
