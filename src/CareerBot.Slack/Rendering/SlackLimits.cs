namespace CareerBot.Slack.Rendering;

/// <summary>Block Kit limits; over any of them Slack answers <c>invalid_blocks</c>.</summary>
internal static class SlackLimits
{
    public const int Blocks = 50;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ContextText = 2000;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ActionId = 255;
    public const int ButtonValue = 2000;
    public const int MessageText = 4000;
}
