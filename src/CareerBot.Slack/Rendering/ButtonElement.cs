namespace CareerBot.Slack.Rendering;

/// <summary>A button: text at most 75 characters, action_id at most 255, value at most 2000.</summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string Value, string? Style = null)
{
    public string Type => "button";
}
