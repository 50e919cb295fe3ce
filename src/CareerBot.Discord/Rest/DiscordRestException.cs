using System.Net;

namespace CareerBot.Discord.Rest;

/// <summary>Discord answered a REST call with an error; <see cref="Code"/> is Discord's JSON error code (e.g. 50007 cannot DM).</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordRestException(string route, HttpStatusCode status, int? code, string? discordMessage)
        : base($"Discord answered {route} with {(int)status} {status}" + (code is null ? string.Empty : $" (code {code}: {discordMessage})") + ".")
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode? Status { get; }

    public int? Code { get; }
}
