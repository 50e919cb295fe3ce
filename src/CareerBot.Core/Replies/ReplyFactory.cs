using System.Globalization;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Replies;

/// <summary>The replies that are not lookups: help, "I don't know", and the polite error.</summary>
internal static class ReplyFactory
{
    public static readonly IReadOnlyList<string> CommandLines =
    [
        "ask <question>: anything about a career as an ML engineer",
        "salary [level]: 2025 salary ranges (entry, mid, senior, lead)",
        "salary compare <a> <b>: two levels side by side",
        "skills [area]: technical, mathematical or domain skills",
        "skills check <skills you have, comma-separated>: what you have and what to learn next",
        "path [from <level>]: the career ladder and what comes next",
        "compare: ML engineer vs data scientist",
        "help: this list",
    ];

    public static Reply Help(KnowledgeBase knowledge, string? lead = null) => new(
        Intent.Help,
        true,
        "What I can help with",
        [
            ReplyBlock.Prose(lead ?? "I answer questions about a career as a machine-learning engineer: the job, skills and maths, salaries by level, the career ladder, ML engineer vs data scientist, getting started and where the field is going."),
            ReplyBlock.List("Commands:", CommandLines),
            ReplyBlock.List("Topics in my guide:", knowledge.Documents.Select(d => d.Title)),
            ReplyBlock.List("Or just ask, for example:", knowledge.Onboarding.ExampleQuestions),
        ],
        null,
        [],
        [],
        [new("Salaries", "salary"), new("Skills", "skills"), new("Career path", "path"), new("ML engineer vs data scientist", "compare")]);

    public static Reply Unknown(KnowledgeBase knowledge) => new(
        Intent.Ask,
        false,
        "I don't know that one",
        [
            ReplyBlock.Prose("I only know what my career guide says about working as a machine-learning engineer, and I couldn't find an answer to that in it. I'd rather say so than guess."),
            ReplyBlock.List("Topics I can answer:", knowledge.Documents.Select(d => d.Title)),
            ReplyBlock.List("Try a command:", CommandLines.Take(7)),
        ],
        null,
        [],
        [],
        [new("Help", "help"), new("Salaries", "salary"), new("Skills", "skills"), new("Career path", "path")]);

    /// <summary>For a question over the length limit: asking again in fewer words beats a guess from part of it.</summary>
    public static Reply TooLong(int maxCharacters, int maxWords) => new(
        Intent.Ask,
        false,
        "Please ask in fewer words",
        [ReplyBlock.Prose(string.Create(CultureInfo.InvariantCulture, $"That is longer than I can take as one question (at most {maxCharacters} characters or {maxWords} words). Please ask it in fewer words, one question at a time."))],
        null,
        [],
        [],
        [new("Help", "help")]);

    /// <summary>For text that is not well-formed (a lone half of a UTF-16 surrogate pair): it cannot be read, so it is not guessed at.</summary>
    public static Reply Unreadable() => new(
        Intent.Ask,
        false,
        "I couldn't read that",
        [ReplyBlock.Prose("Your message has characters that are not valid text, so I can't read it. Please type the question again.")],
        null,
        [],
        [],
        [new("Help", "help")]);

    public static Reply Error() => new(
        Intent.Ask,
        false,
        "Something went wrong",
        [ReplyBlock.Prose("Sorry, I couldn't answer that just now. Please try again, or type help to see what I can do.")],
        null,
        [],
        [],
        [new("Help", "help")]);
}
