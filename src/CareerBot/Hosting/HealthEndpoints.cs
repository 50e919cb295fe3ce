using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz</c> (liveness: 200 once the knowledge is loaded, 503 before) and <c>GET /readyz</c> (readiness: 200
    /// only when the knowledge is loaded, every enabled platform connection is up or its endpoint listens, and the host
    /// is not stopping; otherwise 503 with JSON naming what is not ready). <c>careerbot health</c> and the container's
    /// HEALTHCHECK ask <c>/readyz</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", Options(HealthTags.Live, HealthResponseWriter.WritePlainAsync));
        endpoints.MapHealthChecks("/readyz", Options(HealthTags.Ready, HealthResponseWriter.WriteJsonAsync));
        return endpoints;
    }

    private static HealthCheckOptions Options(string tag, Func<HttpContext, HealthReport, Task> writer) => new()
    {
        Predicate = registration => registration.Tags.Contains(tag),
        ResponseWriter = writer,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            // Degraded still serves: the shared store is out and this replica answers from local memory (the body says so).
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
    };
}
