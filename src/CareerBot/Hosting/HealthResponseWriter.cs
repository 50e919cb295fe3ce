using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>
/// <c>/readyz</c>'s body: <c>{"status":"ready"|"degraded"|"not ready","notReady":[names],"degraded":[names],"checks":{name:{"status","description"}}}</c>.
/// Degraded (200) still serves: the shared store is out and this replica answers from local memory.
/// Descriptions are fixed texts and reasons, never user data or tokens.
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status switch
            {
                HealthStatus.Healthy => "ready",
                HealthStatus.Degraded => "degraded",
                _ => "not ready",
            });
            json.WriteStartArray("notReady");
            foreach (var (name, _) in report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy))
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartArray("degraded");
            foreach (var (name, _) in report.Entries.Where(e => e.Value.Status == HealthStatus.Degraded))
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString().ToLowerInvariant());
                json.WriteString("description", entry.Description);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }

    /// <summary><c>/healthz</c>'s plain body, as before: <c>ok</c>, or <c>starting</c> until the knowledge is loaded.</summary>
    public static Task WritePlainAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(report.Status == HealthStatus.Healthy ? "ok" : "starting");
    }
}
