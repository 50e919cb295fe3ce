using System.Net.Http;
using System.Net.Sockets;

namespace CareerBot.Adapters.Resilience;

/// <summary>A failure in words a reader acts on: a DNS or connection failure is "could not reach", never "refused".</summary>
public static class NetworkFailure
{
    /// <summary>"could not reach the server (...)" for a DNS or connection failure; null for anything else.</summary>
    public static string? Kind(Exception exception)
    {
        var http = Find<HttpRequestException>(exception);
        if (http is { HttpRequestError: HttpRequestError.NameResolutionError })
        {
            return "could not reach the server: its name did not resolve";
        }

        return http is { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError } || Find<SocketException>(exception) is not null
            ? "could not reach the server"
            : null;
    }

    /// <summary>The kind of failure, then what the runtime said.</summary>
    public static string Describe(Exception exception) =>
        Kind(exception) is { } kind ? $"{kind} ({exception.Message})" : exception.Message;

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
