namespace CareerBot.Core.Routing;

/// <summary>
/// A routed request: which handler, what it was given, and the question as the user wrote it
/// (markup stripped, typos corrected in <see cref="Corrected"/>).
/// </summary>
/// <param name="Name">A handler name: ask, salary, salary-compare, skills, skills-check, path, compare, help.</param>
/// <param name="Argument">What follows the command word, or the whole question for free text.</param>
/// <param name="Corrected">The argument after typo correction (what lookups match against).</param>
/// <param name="Explicit">True when the user typed the command grammar rather than free text.</param>
internal sealed record BotCommand(string Name, string Argument, string Corrected, bool Explicit)
{
    /// <summary>
    /// A guide section not to answer with when another answers confidently: the previous answer's, for a follow-up that
    /// asks something new about it ("and what does that mean for my career?" after the industry trends).
    /// </summary>
    public string? Besides { get; init; }
}
