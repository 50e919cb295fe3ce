using System.Net;
using CareerBot.Adapters.Resilience;
using CareerBot.Slack.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerBot.Slack.WebApi;

internal static class SlackWebApiServiceCollectionExtensions
{
    /// <summary>The adapters' retry rule with what Slack documents as not carried out: besides a 429, a 503.</summary>
    internal static readonly HttpRetryRule RetryRule = new(HttpStatusCode.ServiceUnavailable);

    /// <summary>
    /// The Web API and response_url clients. Retries come from the resilience handler, never from hand-written loops:
    /// see <see cref="RetryRule"/> for which failures are retried (a post only when Slack certainly did not act on it:
    /// a 429, a 503 or a connection that never opened); an <c>ok:false</c> answer is never retried.
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
        // No overall timeout: it would cover every retry and Retry-After wait of the pipeline and end a long, legitimate
        // wait with a bare TaskCanceledException. Each attempt has its own timeout (pipeline), and so does reading a body.
        client.Timeout = Timeout.InfiniteTimeSpan;
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
                ShouldHandle = static arguments => ValueTask.FromResult(RetryRule.ShouldRetry(arguments.Context.GetRequestMessage(), arguments.Outcome, arguments.Context.CancellationToken)),
            });
        }

        builder.AddTimeout(options.ApiAttemptTimeout);
    }
}
