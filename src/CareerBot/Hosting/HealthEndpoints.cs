using CareerBot.Core.Knowledge;

namespace CareerBot.Hosting;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz</c>: 200 once the knowledge is loaded and indexed, 503 before. While the embedding
    /// model still loads the bot already answers (lexically), and the 200's text says so.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (IKnowledgeReadiness readiness) =>
            readiness.IsReady
                ? Results.Text(readiness.IsSemanticReady ? "ok" : "ok (lexical search; the embedding model is loading)", "text/plain")
                : Results.Text("starting", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
