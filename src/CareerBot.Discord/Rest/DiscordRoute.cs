namespace CareerBot.Discord.Rest;

/// <summary>
/// A REST route as the rate limiter and the logs see it: the method, the template with ids and tokens left
/// out (<c>channels/{channel_id}/messages</c>), and the top-level resource id Discord counts buckets by.
/// Logs only ever show the template, so interaction tokens never reach them.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string MajorParameter, bool UsesBotToken)
{
    public static readonly HttpRequestOptionsKey<DiscordRoute> OptionKey = new("CareerBot.Discord.Route");

    /// <summary>Interaction callbacks and webhook edits are exempt from the global limit.</summary>
    public bool IsInteraction => Template.StartsWith("interactions/", StringComparison.Ordinal)
        || Template.StartsWith("webhooks/", StringComparison.Ordinal);

    public string Key => $"{Method.Method} {Template} {MajorParameter}";

    public override string ToString() => $"{Method.Method} {Template}";
}
