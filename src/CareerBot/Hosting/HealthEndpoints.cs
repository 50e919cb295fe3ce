using CareerBot.Core.Knowledge;

namespace CareerBot.Hosting;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz</c> and <c>GET /readyz</c>: 200 once the knowledge is loaded and indexed, 503 before
    /// (<c>careerbot health</c> asks <c>/readyz</c>). While the embedding model still loads the bot already
    /// answers (lexically), and the 200's text says so.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", Ready);
        endpoints.MapGet("/readyz", Ready);
        return endpoints;
    }

    private static IResult Ready(IKnowledgeReadiness readiness) =>
        readiness.IsReady
            ? Results.Text(readiness.IsSemanticReady ? "ok" : "ok (lexical search; the embedding model is loading)", "text/plain")
            : Results.Text("starting", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
}
