namespace CareerBot.Slack;

/// <summary>Marks that <c>AddSlack</c> registered the adapter, and whether the HTTP endpoints are wanted (a signing secret is set).</summary>
internal sealed record SlackRegistration(bool HttpEndpoints);
