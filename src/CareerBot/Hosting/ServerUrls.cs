namespace CareerBot.Hosting;

/// <summary>
/// The addresses the server would listen on from configuration (<c>--urls</c>/<c>ASPNETCORE_URLS</c>, else
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, else ASP.NET Core's default), so an extra port can be added to them.
/// </summary>
internal static class ServerUrls
{
    public static IEnumerable<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (Split(configuration["urls"]) is { Length: > 0 } urls)
        {
            return urls;
        }

        var ports = Split(configuration["http_ports"]).Select(port => $"http://*:{port}")
            .Concat(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"))
            .ToArray();
        return ports.Length > 0 ? ports : ["http://localhost:5000"];
    }

    private static string[] Split(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
