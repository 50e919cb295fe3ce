using System.Diagnostics.Metrics;

namespace CareerBot.Discord.Diagnostics;

/// <summary>
/// The adapter's counters (meter <c>CareerBot.Discord</c>): interactions and messages and what became of them,
/// refused endpoint requests, REST errors and rate limits, gateway reconnects. Tags carry kinds, route
/// templates and status codes, never user data or tokens.
/// </summary>
internal sealed class DiscordMetrics
{
    public const string MeterName = "CareerBot.Discord";

    private readonly Counter<long> _interactions;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _rejectedRequests;
    private readonly Counter<long> _restErrors;
    private readonly Counter<long> _rateLimits;
    private readonly Counter<long> _reconnects;

    public DiscordMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _interactions = meter.CreateCounter<long>("careerbot.discord.interactions", "{interaction}", "Interactions handled, by kind (command, button, autocomplete, ping) and outcome (answered, deferred, suppressed: over the rate limit and silently acknowledged, expired, unknown, failed).");
        _messages = meter.CreateCounter<long>("careerbot.discord.messages", "{message}", "Messages the bot sent on its own: answers to mentions and DMs, and welcomes, by kind.");
        _rejectedRequests = meter.CreateCounter<long>("careerbot.discord.requests.rejected", "{request}", "Interactions endpoint requests refused, by reason (signature, too_large, body_not_received, malformed).");
        _restErrors = meter.CreateCounter<long>("careerbot.discord.rest.errors", "{error}", "REST calls Discord answered with an error, by route template and status.");
        _rateLimits = meter.CreateCounter<long>("careerbot.discord.rest.rate_limited", "{response}", "429 answers, by route template and whether the limit was global.");
        _reconnects = meter.CreateCounter<long>("careerbot.discord.gateway.reconnects", "{reconnect}", "Gateway reconnects, by how the session continues (resume, identify).");
    }

    public void Interaction(string kind, string outcome) => _interactions.Add(1, new("kind", kind), new("outcome", outcome));

    public void Message(string kind) => _messages.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void RequestRejected(string reason) => _rejectedRequests.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RestError(string route, int status) => _restErrors.Add(1, new("route", route), new("status", status));

    public void RateLimited(string route, bool global) => _rateLimits.Add(1, new("route", route), new("global", global));

    public void Reconnect(string handshake) => _reconnects.Add(1, new KeyValuePair<string, object?>("handshake", handshake));
}
