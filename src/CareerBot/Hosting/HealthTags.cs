namespace CareerBot.Hosting;

/// <summary>Health check tags: <c>live</c> checks answer <c>/healthz</c>, <c>ready</c> checks answer <c>/readyz</c>.</summary>
internal static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}
