using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.Routing;

/// <summary>
/// Settings of section <c>Questions</c> (<c>Questions__MaxCharacters</c>, <c>Questions__MaxWords</c>): how long a
/// question may be. A longer one gets a polite "please ask in fewer words" rather than a guess from part of it, so one
/// question's work stays small whatever is sent.
/// </summary>
internal sealed class QuestionOptions
{
    public const string SectionName = "Questions";

    /// <summary>Most characters (UTF-16 units) in a question.</summary>
    [Range(20, 100_000)]
    public int MaxCharacters { get; set; } = 1000;

    /// <summary>Most words (runs of non-space) in a question.</summary>
    [Range(3, 10_000)]
    public int MaxWords { get; set; } = 150;
}
