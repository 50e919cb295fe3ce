namespace CareerBot.Core.Replies;

/// <summary>What kind of question a reply answers. The lower-case name is the wire value.</summary>
public enum Intent
{
    Ask,
    Salary,
    Skills,
    Path,
    Compare,
    Help,
}
