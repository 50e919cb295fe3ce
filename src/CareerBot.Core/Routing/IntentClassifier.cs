using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;

namespace CareerBot.Core.Routing;

/// <summary>
/// Routes free text (what a mention or DM carries) to a handler by the words it uses: pay words to the
/// salary lookup, ladder words to the path, skill words to skills, the other role to compare, the rest to
/// guide search. A question about another job ("what does a dentist earn") is left to search, which then
/// honestly does not know.
/// </summary>
internal static partial class IntentClassifier
{
    private static readonly string[] MoneyWords =
    [
        "salary", "salaries", "pay", "paid", "paying", "earn", "earns", "earning", "earnings", "compensation", "comp",
        "wage", "wages", "income", "money", "tc", "paycheck", "paycheque", "6 figures", "six figures", "base pay",
    ];

    private static readonly string[] PayVerbs = ["make", "makes", "making", "get", "gets", "take home", "bring in", "bring home"];

    private static readonly string[] ExtrasWords =
        ["benefit", "benefits", "perk", "perks", "bonus", "bonuses", "stock", "stocks", "equity", "besides", "other than", "apart from"];

    private static readonly string[] PathWords =
    [
        "career path", "career ladder", "ladder", "progression", "career progression", "promotion", "promotions",
        "promoted", "next step", "next steps", "next level", "next role", "step up", "move up", "climb", "career levels",
        "hierarchy", "advance", "advancement", "progress", "levels of",
    ];

    /// <summary>Words that place a level on the ladder; they mean "path" only when a level is named.</summary>
    private static readonly string[] LadderRelativeWords =
        ["after", "beyond", "above", "before", "below", "under", "prior to", "following", "next", "top", "highest", "become", "becoming", "reach", "get to", "path to", "from"];

    private static readonly string[] SkillWords =
    [
        "skill", "skills", "skillset", "skill set", "math", "maths", "mathematics", "mathematical", "programming language",
        "programming languages", "languages", "language", "domain knowledge", "technical", "learn", "study",
        "need to know", "should i know", "tech stack", "stack", "technologies", "proficiency", "proficient",
    ];

    private static readonly string[] NotLearning =
        ["machine learning", "deep learning", "reinforcement learning", "continuous learning", "learning concepts"];

    private static readonly string[] HaveWords = ["i know", "i have", "i ve", "ive", "i can", "my skills", "i m good at", "im good at", "i am good at"];

    private static readonly string[] GapWords = ["missing", "lack", "lacking", "still need", "what else", "gap", "gaps", "left to learn", "should i learn next", "learn next"];

    private static readonly string[] HelpPhrases =
        ["help", "hi", "hello", "hey", "what can you do", "what do you do", "who are you", "commands", "what can i ask", "how do i use you", "what do you know", "what can you help with"];

    private static readonly string[] DomainAnchors =
    [
        "ml", "machine learning", "ai", "artificial intelligence", "engineer", "engineers", "engineering", "mle", "eng",
        "data", "scientist", "scientists", "this field", "this job", "this role", "this career", "the field", "the role",
    ];

    /// <summary>Every cue word, so the typo corrector never "corrects" a word the router relies on.</summary>
    public static IEnumerable<string> Vocabulary =>
        MoneyWords.Concat(PayVerbs).Concat(ExtrasWords).Concat(PathWords).Concat(LadderRelativeWords).Concat(SkillWords)
            .Concat(HaveWords).Concat(GapWords).Concat(HelpPhrases).Concat(DomainAnchors);

    public static BotCommand Classify(string text, string corrected, KnowledgeSnapshot snapshot)
    {
        var phrase = Phrase.Of(corrected);
        var knowledge = snapshot.Knowledge;
        var bare = phrase.ToString();
        if (HelpPhrases.Any(h => bare == h || bare == h + " me" || bare == h + " please"))
        {
            return Route(CommandNames.Help, text, corrected);
        }

        var salaryLevels = LevelMatcher.SalaryLevels(phrase, knowledge.Salaries);
        var ladderSteps = LevelMatcher.LadderSteps(phrase, knowledge.Ladder);
        if (!IsInDomain(phrase, snapshot, salaryLevels.Count + ladderSteps.Count > 0))
        {
            return Route(CommandNames.Ask, text, corrected);
        }

        var money = phrase.HasAny(MoneyWords)
            || Amount().IsMatch(corrected)
            || ((phrase.Has("how much") || salaryLevels.Count > 0) && phrase.HasAny(PayVerbs) && !phrase.HasAny(SkillWords));
        var otherRole = knowledge.Roles.Roles.Skip(1).Any(r => phrase.HasAny(r.Aliases.Append(r.Title)));
        if (otherRole && !money)
        {
            return Route(CommandNames.Compare, text, corrected);
        }

        if (money && !(phrase.HasAny(ExtrasWords) && salaryLevels.Count == 0))
        {
            return Route(salaryLevels.Count >= 2 ? CommandNames.SalaryCompare : CommandNames.Salary, text, corrected);
        }

        if (phrase.HasAny(PathWords) || (ladderSteps.Count > 0 && phrase.HasAny(LadderRelativeWords)))
        {
            return Route(CommandNames.Path, text, corrected);
        }

        var withoutFieldNames = phrase.Without(NotLearning);
        if (withoutFieldNames.HasAny(HaveWords) && withoutFieldNames.HasAny(GapWords))
        {
            return Route(CommandNames.SkillsCheck, text, corrected);
        }

        return withoutFieldNames.HasAny(SkillWords)
            ? Route(CommandNames.Skills, text, corrected)
            : Route(CommandNames.Ask, text, corrected);
    }

    private static BotCommand Route(string name, string text, string corrected) => new(name, text, corrected, false);

    /// <summary>
    /// False when the question names something the knowledge has never heard of and nothing of the field:
    /// "how much does a dentist earn" is not about ML engineering even though "earn" is a pay word.
    /// </summary>
    private static bool IsInDomain(Phrase phrase, KnowledgeSnapshot snapshot, bool namesALevel)
    {
        if (namesALevel || phrase.HasAny(DomainAnchors))
        {
            return true;
        }

        var speller = snapshot.Index.Speller;
        return !phrase.Words.Any(w => w.Length >= 3 && !char.IsDigit(w[0]) && !speller.IsKnown(w) && !CommonWords.Contains(w));
    }

    /// <summary>"$120k", "100k", "150,000": a figure in a question is a pay question.</summary>
    [GeneratedRegex(@"\$\s?\d|\b\d{2,3}\s?k\b|\b\d{2,3},\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
