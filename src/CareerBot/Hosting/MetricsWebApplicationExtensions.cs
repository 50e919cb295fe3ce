using OpenTelemetry.Metrics;

namespace CareerBot.Hosting;

/// <summary>
/// <c>GET /metrics</c> in the Prometheus text format through OpenTelemetry: the engine's meter (questions, answer
/// latency, rate limits, knowledge reloads), the adapters' meters (deliveries, reconnects, rate limits), platform API
/// calls by status (<c>System.Net.Http</c>: <c>http_client_request_duration_seconds</c> by <c>server_address</c> and
/// <c>http_response_status_code</c>, 429 included) and ASP.NET Core's request metrics.
/// </summary>
internal static class MetricsWebApplicationExtensions
{
    private static readonly string[] Meters =
    [
        "CareerBot.Core",
        "CareerBot.Slack",
        "CareerBot.Discord",
        "System.Net.Http",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
    ];

    public static WebApplicationBuilder AddCareerBotMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(MetricsOptions.SectionName);
        builder.Services.AddOptionsWithValidateOnStart<MetricsOptions>().Bind(section).ValidateDataAnnotations();
        var options = section.Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Meters)
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        if (options.Port is { } port)
        {
            // The server listens where it did before and also on the metrics port; /metrics answers only there.
            builder.WebHost.UseUrls([.. ServerUrls.Configured(builder.Configuration), $"http://*:{port}"]);
        }

        return builder;
    }

    public static WebApplication MapCareerBotMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Enabled)
        {
            return app;
        }

        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsOptions.Path);
        if (options.Port is { } port)
        {
            endpoint.RequireHost($"*:{port}");
        }

        return app;
    }
}
