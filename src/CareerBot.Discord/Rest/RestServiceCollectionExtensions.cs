using System.Net;
using CareerBot.Adapters;
using CareerBot.Adapters.Resilience;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerBot.Discord.Rest;

internal static class RestServiceCollectionExtensions
{
    /// <summary>The adapters' retry rule; on Discord only a 429 (or no connection) proves a POST was not carried out.</summary>
    internal static readonly HttpRetryRule RetryRule = new();

    /// <summary>The user agent Discord asks bots to send: <c>DiscordBot (url, version)</c>.</summary>
    internal static readonly string UserAgent =
        $"DiscordBot (https://github.com/careerbot/careerbot, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    /// <summary>
    /// The REST client and its handler chain, outermost first: retry with an attempt timeout, then the rate
    /// limiter, then the guard that stops on a rejected token. Idempotent calls retry 429, transient 5xx and
    /// timeouts (never 401, 403, 404). A POST may have been carried out even when Discord answered 5xx or the
    /// attempt timed out, and sending it again posts a second reply or acknowledges an interaction twice
    /// (40060): POSTs retry only what proves it was not carried out, a 429 or a connection that never opened.
    /// Interaction callbacks and follow-ups get a short attempt timeout: Discord's window is 3 s.
    /// The factory's request logging is removed: webhook URLs carry interaction tokens.
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        services.AddChatAdapterCore();
        services.AddDiscordTuning();
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<RateLimitState>();
        services.TryAddSingleton<BotTokenGuard>();
        services.TryAddTransient<RateLimitHandler>();
        services.TryAddTransient<BotTokenGuardHandler>();
        var client = services.AddHttpClient<DiscordRestClient>((provider, http) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBaseUrl.ToString();
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers();
        client.AddResilienceHandler("discord-rest", (pipeline, context) =>
        {
            var tuning = context.ServiceProvider.GetRequiredService<DiscordTuning>();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = tuning.RestMaxRetries,
                Delay = tuning.RestRetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(RetryRule.ShouldRetry(args.Context.GetRequestMessage(), args.Outcome, args.Context.CancellationToken)),
                // After a 429 the rate limiter holds the retry until the bucket resets; no extra wait here.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests ? TimeSpan.Zero : (TimeSpan?)null),
            });
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(IsInteraction(args.Context.GetRequestMessage())
                    ? tuning.InteractionAttemptTimeout
                    : tuning.RestAttemptTimeout),
            });
        });
        client.AddHttpMessageHandler<RateLimitHandler>()
            .AddHttpMessageHandler<BotTokenGuardHandler>();
        return services;
    }

    private static bool IsInteraction(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(DiscordRoute.OptionKey, out var route) && route.IsInteraction;
}
