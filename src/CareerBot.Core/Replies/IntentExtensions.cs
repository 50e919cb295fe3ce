namespace CareerBot.Core.Replies;

public static class IntentExtensions
{
    /// <summary>The lower-case name used in JSON output and eval files (<c>ask</c>, <c>salary</c>, ...).</summary>
    public static string ToWireName(this Intent intent) => intent switch
    {
        Intent.Ask => "ask",
        Intent.Salary => "salary",
        Intent.Skills => "skills",
        Intent.Path => "path",
        Intent.Compare => "compare",
        Intent.Help => "help",
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, null),
    };
}
