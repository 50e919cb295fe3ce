using CareerBot.Adapters.Hosting;

namespace CareerBot.Slack.Hosting;

/// <summary>What Slack's refusal of a token tells the person who has to fix it.</summary>
internal static class SlackTokenRejection
{
    /// <summary>Stops the host: retrying cannot help a rejected token, so the message names the setting to fix.</summary>
    public static void StopForRejectedToken(this FatalStop fatalStop, string setting, string method, string error)
    {
        ArgumentNullException.ThrowIfNull(fatalStop);
        ArgumentNullException.ThrowIfNull(setting);
        fatalStop.Stop($"Slack rejected the token in {setting} ({method}: {error}). Fix it (environment variable "
            + $"{setting.Replace(":", "__", StringComparison.Ordinal)}) and start CareerBot again");
    }
}
