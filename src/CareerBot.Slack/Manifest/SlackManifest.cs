using System.Globalization;
using System.Text;

namespace CareerBot.Slack.Manifest;

/// <summary>
/// The Slack app manifest (YAML) for this adapter: the <c>/career</c> command, the bot scopes and the events it
/// handles. Paste it into "Create New App > From an app manifest".
/// </summary>
public static class SlackManifest
{
    public const string DefaultAppName = "CareerBot";

    /// <summary>Bot scopes: commands and messages, mentions, DMs, channel joins, user lookups.</summary>
    internal static IReadOnlyList<string> BotScopes { get; } =
        ["commands", "chat:write", "app_mentions:read", "im:history", "im:write", "channels:read", "groups:read", "users:read"];

    /// <summary>Events the adapter handles.</summary>
    internal static IReadOnlyList<string> BotEvents { get; } = ["app_mention", "message.im", "member_joined_channel", "team_join"];

    /// <summary>HTTP mode: Slack calls <c>{baseUrl}/slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactions</c>.</summary>
    /// <param name="baseUrl">The public https address of <c>careerbot serve</c>, e.g. <c>https://bot.example.com</c>.</param>
    /// <param name="appName">The app's display name.</param>
    public static string ForHttp(Uri baseUrl, string appName = DefaultAppName)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment))
        {
            throw new ArgumentException("The URL must be an absolute https address without a query, such as https://bot.example.com (Slack only calls https).", nameof(baseUrl));
        }

        var root = baseUrl.AbsoluteUri.TrimEnd('/');
        return Build(appName, $"{root}/slack/commands", $"{root}/slack/events", $"{root}/slack/interactions");
    }

    /// <summary>Socket Mode: no public URL; needs an app-level token with <c>connections:write</c>.</summary>
    public static string ForSocketMode(string appName = DefaultAppName) => Build(appName, null, null, null);

    private static string Build(string appName, string? commandUrl, string? eventsUrl, string? interactionsUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appName);
        var name = appName.Trim();
        if (name.Length > 35)
        {
            throw new ArgumentException("Slack app names are at most 35 characters.", nameof(appName));
        }

        var yaml = new StringBuilder();
        yaml.AppendLine(commandUrl is null
            ? "# CareerBot Slack app manifest for Socket Mode (no public URL; create an app-level token with connections:write)."
            : "# CareerBot Slack app manifest for HTTP mode (Slack calls the URLs below; requests are verified with the signing secret).");
        yaml.AppendLine("_metadata:");
        yaml.AppendLine("  major_version: 1");
        yaml.AppendLine("  minor_version: 1");
        yaml.AppendLine("display_information:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  name: {Quote(name)}");
        yaml.AppendLine("  description: \"Career advice for machine-learning engineers, from your team's guide.\"");
        yaml.AppendLine("  background_color: \"#1d3557\"");
        yaml.AppendLine("features:");
        yaml.AppendLine("  app_home:");
        yaml.AppendLine("    home_tab_enabled: false");
        yaml.AppendLine("    messages_tab_enabled: true");
        yaml.AppendLine("    messages_tab_read_only_enabled: false");
        yaml.AppendLine("  bot_user:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    display_name: {Quote(name)}");
        yaml.AppendLine("    always_online: true");
        yaml.AppendLine("  slash_commands:");
        yaml.AppendLine("    - command: /career");
        if (commandUrl is not null)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"      url: {Quote(commandUrl)}");
        }

        yaml.AppendLine("      description: \"Ask about ML engineering salaries, skills and career paths\"");
        yaml.AppendLine("      usage_hint: \"help | ask <question> | salary [level] | skills [area] | path [from <level>]\"");
        yaml.AppendLine("      should_escape: true");
        yaml.AppendLine("oauth_config:");
        yaml.AppendLine("  scopes:");
        yaml.AppendLine("    bot:");
        foreach (var scope in BotScopes)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"      - {scope}");
        }

        yaml.AppendLine("settings:");
        yaml.AppendLine("  event_subscriptions:");
        if (eventsUrl is not null)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    request_url: {Quote(eventsUrl)}");
        }

        yaml.AppendLine("    bot_events:");
        foreach (var botEvent in BotEvents)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"      - {botEvent}");
        }

        yaml.AppendLine("  interactivity:");
        yaml.AppendLine("    is_enabled: true");
        if (interactionsUrl is not null)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    request_url: {Quote(interactionsUrl)}");
        }

        yaml.AppendLine("  org_deploy_enabled: false");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  socket_mode_enabled: {(commandUrl is null ? "true" : "false")}");
        yaml.AppendLine("  token_rotation_enabled: false");
        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
