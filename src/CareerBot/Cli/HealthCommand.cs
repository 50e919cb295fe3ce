using System.CommandLine;
using System.Globalization;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary>
/// <c>careerbot health [--url URL]</c>: exit 0 when a running <c>serve</c> answers <c>/readyz</c> (or, on a server
/// without it, <c>/healthz</c>) with 200; exit 1 with one line otherwise. The container's HEALTHCHECK (the runtime
/// image has no curl).
/// </summary>
internal static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var url = new Option<string?>("--url")
        {
            Description = "The server's base address (default: the first of the setting 'urls' / ASPNETCORE_URLS, with + or * read as localhost; else http://localhost:5000).",
        };
        var command = new Command("health", "Check that a running 'careerbot serve' is ready (exit 0) or not (exit 1).") { url };
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(async () =>
        {
            var configuration = CareerBotConfiguration.Build(parseResult.GetValue(CommonOptions.Knowledge));
            var given = parseResult.GetValue(url) ?? DefaultUrl(configuration["urls"]);
            if (!Uri.TryCreate(given, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
            {
                await Console.Error.WriteLineAsync($"careerbot health: --url must be an http(s) address, found '{given}'");
                return UsageErrors.ExitCode;
            }

            var (ok, line) = await CheckAsync(baseUri, cancellationToken);
            await (ok ? Console.Out : Console.Error).WriteLineAsync(line);
            return ok ? 0 : 1;
        }));
        return command;
    }

    /// <summary>The address a local <c>serve</c> with these settings listens on.</summary>
    internal static string DefaultUrl(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first))
        {
            return "http://localhost:5000";
        }

        return first.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
    }

    internal static async Task<(bool Ok, string Line)> CheckAsync(Uri baseUri, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            foreach (var path in new[] { "/readyz", "/healthz" })
            {
                using var response = await client.GetAsync(new Uri(baseUri, path), cancellationToken);
                if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
                {
                    continue;
                }

                var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                return response.IsSuccessStatusCode
                    ? (true, $"ready: {new Uri(baseUri, path)} answered {status}")
                    : (false, $"careerbot health: not ready: {new Uri(baseUri, path)} answered {status}");
            }

            return (false, $"careerbot health: {baseUri} has neither /readyz nor /healthz (both answered 404)");
        }
        catch (HttpRequestException ex)
        {
            return (false, $"careerbot health: could not reach {baseUri} ({ex.Message})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"careerbot health: {baseUri} did not answer within {Timeout.TotalSeconds:0} s");
        }
    }
}
