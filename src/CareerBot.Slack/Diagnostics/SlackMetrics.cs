using System.Diagnostics.Metrics;

namespace CareerBot.Slack.Diagnostics;

/// <summary>
/// The adapter's counters (meter <c>CareerBot.Slack</c>): what arrived and what became of it, refused requests,
/// Web API failures and Socket Mode reconnects. Tags carry kinds and Slack error codes, never user data.
/// </summary>
internal sealed class SlackMetrics
{
    public const string MeterName = "CareerBot.Slack";

    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _rejectedRequests;
    private readonly Counter<long> _apiErrors;
    private readonly Counter<long> _reconnects;

    public SlackMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("careerbot.slack.deliveries", "{delivery}", "Events and clicks received, by kind and outcome.");
        _rejectedRequests = meter.CreateCounter<long>("careerbot.slack.requests.rejected", "{request}", "HTTP requests refused before parsing, by reason.");
        _apiErrors = meter.CreateCounter<long>("careerbot.slack.api.errors", "{error}", "Web API and response_url calls that failed, by method and error.");
        _reconnects = meter.CreateCounter<long>("careerbot.slack.socket.reconnects", "{reconnect}", "Socket Mode reconnects, by reason.");
    }

    public void Delivery(string kind, string outcome) =>
        _deliveries.Add(1, new("kind", kind), new("outcome", outcome));

    public void RequestRejected(string reason) => _rejectedRequests.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void ApiError(string method, string error) => _apiErrors.Add(1, new("method", method), new("error", error));

    public void Reconnect(string reason) => _reconnects.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
