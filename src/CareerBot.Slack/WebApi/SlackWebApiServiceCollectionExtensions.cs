using System.Net;
using CareerBot.Slack.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CareerBot.Slack.WebApi;

internal static class SlackWebApiServiceCollectionExtensions
{
    /// <summary>
    /// The Web API and response_url clients. Retries (429 after its Retry-After, 408, 502-504, connection failures and
    /// attempt timeouts) come from the resilience handler, never from hand-written loops; an <c>ok:false</c> answer is
    /// never retried.
    /// </summary>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        services.AddHttpClient(SlackWebApiClient.HttpClientName, ConfigureClient).AddResilienceHandler("slack-web-api", ConfigureResilience);
        // A response_url lets anyone holding it post for 30 minutes: keep it out of the HTTP client's request logs.
        services.AddHttpClient(ResponseUrlClient.HttpClientName, ConfigureClient)
            .RemoveAllLoggers()
            .AddResilienceHandler("slack-response-url", ConfigureResilience);
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackWebApiClient>();
        services.AddSingleton<ResponseUrlClient>();
        return services;
    }

    private static void ConfigureClient(HttpClient client)
    {
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("CareerBot-Slack/1.0");
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (options.ApiMaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.ApiMaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.ApiRetryDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                ShouldRetryAfterHeader = true,
                ShouldHandle = static arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
            });
        }

        builder.AddTimeout(options.ApiAttemptTimeout);
    }

    /// <summary>
    /// Failures where Slack did not act on the request, so sending it again cannot post a message twice.
    /// A 500 is not among them: Slack may have posted before failing.
    /// </summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
