namespace CareerBot.Core.Routing;

/// <summary>The handler names of the command grammar.</summary>
public static class CommandNames
{
    public const string Ask = "ask";
    public const string Salary = "salary";
    public const string SalaryCompare = "salary-compare";
    public const string Skills = "skills";
    public const string SkillsCheck = "skills-check";
    public const string Path = "path";
    public const string Compare = "compare";
    public const string Help = "help";
}
