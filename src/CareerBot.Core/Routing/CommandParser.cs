using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Search;

namespace CareerBot.Core.Routing;

/// <summary>
/// The one command grammar every platform shares: <c>ask</c>, <c>salary [level]</c>,
/// <c>salary compare a b</c>, <c>skills [area]</c>, <c>skills check a, b</c>, <c>path [from level]</c>,
/// <c>compare</c>, <c>help</c>. Anything else is free text, routed by <see cref="IntentClassifier"/>.
/// </summary>
internal static class CommandParser
{
    public static BotCommand Parse(string text, KnowledgeSnapshot snapshot)
    {
        var stripped = MentionMarkup.Strip(text ?? string.Empty);
        if (stripped.StartsWith("/career", StringComparison.OrdinalIgnoreCase))
        {
            stripped = stripped["/career".Length..].Trim();
        }

        if (stripped.Length == 0 || stripped == "?")
        {
            return Command(CommandNames.Help, string.Empty, snapshot);
        }

        var space = stripped.IndexOf(' ', StringComparison.Ordinal);
        var first = (space < 0 ? stripped : stripped[..space]).ToLowerInvariant().TrimEnd(':', ',', '?', '!', '.');
        var rest = space < 0 ? string.Empty : stripped[(space + 1)..].Trim();
        switch (first)
        {
            case "help" or "commands" when rest.Length == 0 || IsCommandWord(rest):
                return Command(CommandNames.Help, rest, snapshot);
            case "ask":
                return rest.Length == 0 ? Command(CommandNames.Help, rest, snapshot) : Free(rest, snapshot, explicitAsk: true);
            case "salary" or "salaries" or "pay":
                return StartsWith(rest, "compare", "vs", "versus", out var levels)
                    ? Command(CommandNames.SalaryCompare, levels, snapshot)
                    : ReadsAsAQuestion(rest)
                        ? Free(stripped, snapshot, explicitAsk: false) // "salary ranges for all ML engineer levels", "pay in Lagos for seniors"
                        : Command(CommandNames.Salary, rest, snapshot);
            case "skills" or "skill":
                return StartsWith(rest, "check", "have", "gap", out var have)
                    ? Command(CommandNames.SkillsCheck, have, snapshot)
                    : Command(CommandNames.Skills, rest, snapshot);
            case "path" or "ladder" or "career-path":
                return Command(CommandNames.Path, rest, snapshot);
            case "compare" or "vs":
                var corrected = snapshot.Index.Speller.CorrectText(rest);
                // "compare pay across levels" compares salaries: what follows the word decides which comparison.
                var about = rest.Length == 0 ? null : IntentClassifier.Classify(rest, corrected, snapshot).Name;
                return LevelMatcher.SalaryLevels(Phrase.Of(corrected), snapshot.Knowledge.Salaries).Count >= 2
                    ? new BotCommand(CommandNames.SalaryCompare, rest, corrected, true)
                    : about switch
                    {
                        CommandNames.Salary or CommandNames.SalaryCompare => new BotCommand(about, rest, corrected, true),
                        // "compare the first and last rungs of the ladder", "compare the maths with the coding skills":
                        // a comparison within the ladder or the skills, asked in free text.
                        CommandNames.Path or CommandNames.Skills => new BotCommand(about, rest, corrected, false),
                        _ => new BotCommand(CommandNames.Compare, rest, corrected, true),
                    };
            default:
                return Free(stripped, snapshot, explicitAsk: false);
        }
    }

    /// <summary>
    /// What follows a command word reads as the rest of a sentence, not as the command's argument (a level or an
    /// area): a word links it to the command ("salary ranges for all levels", "salary senior in Lagos").
    /// </summary>
    private static bool ReadsAsAQuestion(string rest) =>
        Phrase.Of(rest).Words.Any(w => w is "for" or "in" or "of" or "at" or "by" or "across" or "ranges" or "range");

    private static bool IsCommandWord(string word) =>
        word.ToLowerInvariant() is "ask" or "salary" or "skills" or "path" or "compare" or "help";

    private static BotCommand Command(string name, string argument, KnowledgeSnapshot snapshot) =>
        new(name, argument, snapshot.Index.Speller.CorrectText(argument), true);

    private static BotCommand Free(string text, KnowledgeSnapshot snapshot, bool explicitAsk)
    {
        text = WordSenses.Disambiguate(text);
        var corrected = snapshot.Index.Speller.CorrectText(text);
        // "ask" means "search the guide" to a user who typed it, but a pay question asked with "ask"
        // is still best answered by the salary table: route the text either way.
        var routed = IntentClassifier.Classify(text, corrected, snapshot);
        if (routed.Name is not (CommandNames.Ask or CommandNames.Help) && !NamesALevel(corrected, snapshot) && snapshot.AboutANotCoveredTopic(corrected))
        {
            // A lookup's word, and nothing its data holds, in a question about a topic the knowledge leaves out
            // ("how much paid parental leave do ML engineers get"): search says it does not know.
            routed = new BotCommand(CommandNames.Ask, text, corrected, false);
        }

        return explicitAsk ? routed with { Explicit = true } : routed;
    }

    private static bool NamesALevel(string corrected, KnowledgeSnapshot snapshot)
    {
        var phrase = Phrase.Of(corrected);
        return LevelMatcher.SalaryLevels(phrase, snapshot.Knowledge.Salaries).Count > 0 || LevelMatcher.LadderSteps(phrase, snapshot.Knowledge.Ladder).Count > 0;
    }

    private static bool StartsWith(string rest, string word, string alternative, string alternative2, out string remainder)
    {
        foreach (var candidate in new[] { word, alternative, alternative2 })
        {
            if (rest.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                remainder = string.Empty;
                return true;
            }

            if (rest.StartsWith(candidate + " ", StringComparison.OrdinalIgnoreCase))
            {
                remainder = rest[(candidate.Length + 1)..].Trim();
                return true;
            }
        }

        remainder = rest;
        return false;
    }
}
