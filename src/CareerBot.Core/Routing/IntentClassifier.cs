using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;

namespace CareerBot.Core.Routing;

/// <summary>
/// Routes free text (what a mention or DM carries) to a handler by the words it uses: pay words to the
/// salary lookup, ladder words to the path, skill words to skills, the two roles to compare, the rest to
/// guide search. A question about another job ("what does a dentist earn") is left to search, which then
/// honestly does not know.
/// </summary>
internal static class IntentClassifier
{
    private static readonly string[] MoneyWords =
    [
        "salary", "salaries", "pay", "paid", "paying", "earn", "earns", "earning", "earnings", "compensation", "comp",
        "wage", "wages", "income", "money", "tc", "paycheck", "paycheque", "6 figures", "six figures",
    ];

    private static readonly string[] HowMuchVerbs = ["make", "makes", "making", "get", "gets", "take home", "bring in", "charge"];

    private static readonly string[] ExtrasWords =
        ["benefit", "benefits", "perk", "perks", "bonus", "bonuses", "stock", "stocks", "equity", "besides", "other than", "apart from"];

    private static readonly string[] PathWords =
    [
        "career path", "career ladder", "ladder", "progression", "career progression", "promotion", "promoted",
        "next step", "next level", "next role", "move up", "climb", "levels", "career levels", "hierarchy",
        "after", "beyond", "above", "following", "top of", "highest", "advance", "advancement",
    ];

    private static readonly string[] SkillWords =
    [
        "skill", "skills", "skillset", "math", "maths", "mathematics", "mathematical", "programming language",
        "programming languages", "languages", "language", "domain knowledge", "technical", "learn", "study",
        "need to know", "should i know", "tech stack", "stack", "technologies", "proficiency", "proficient",
    ];

    private static readonly string[] NotLearning =
        ["machine learning", "deep learning", "reinforcement learning", "continuous learning", "learning concepts"];

    private static readonly string[] HaveWords = ["i know", "i have", "i ve", "ive", "i can", "my skills", "i m good at", "im good at", "i am good at"];

    private static readonly string[] GapWords = ["missing", "lack", "lacking", "still need", "what else", "gap", "gaps", "left to learn", "should i learn next", "learn next"];

    private static readonly string[] HelpPhrases =
        ["help", "hi", "hello", "hey", "what can you do", "what do you do", "who are you", "commands", "what can i ask", "how do i use you", "what do you know"];

    private static readonly string[] DomainAnchors =
    [
        "ml", "machine learning", "ai", "artificial intelligence", "engineer", "engineers", "engineering", "mle",
        "data", "scientist", "scientists", "this field", "this job", "this role", "this career", "the field", "the role",
    ];

    public static BotCommand Classify(string text, string corrected, KnowledgeSnapshot snapshot)
    {
        var phrase = Phrase.Of(corrected);
        var knowledge = snapshot.Knowledge;
        var bare = phrase.ToString();
        if (HelpPhrases.Any(h => bare == h || bare == h + " me"))
        {
            return new BotCommand(CommandNames.Help, text, corrected, false);
        }

        var salaryLevels = LevelMatcher.SalaryLevels(phrase, knowledge.Salaries);
        var ladderSteps = LevelMatcher.LadderSteps(phrase, knowledge.Ladder);
        var inDomain = IsInDomain(phrase, snapshot, salaryLevels.Count + ladderSteps.Count > 0);
        if (!inDomain)
        {
            return Ask(text, corrected);
        }

        var money = phrase.HasAny(MoneyWords) || (phrase.Has("how much") && phrase.HasAny(HowMuchVerbs));
        var otherRole = knowledge.Roles.Roles.Skip(1).Any(r => phrase.HasAny(r.Aliases.Append(r.Title)));
        if (otherRole && !money)
        {
            return new BotCommand(CommandNames.Compare, text, corrected, false);
        }

        if (money)
        {
            var aboutExtras = phrase.HasAny(ExtrasWords) && salaryLevels.Count == 0;
            if (!aboutExtras)
            {
                return salaryLevels.Count >= 2
                    ? new BotCommand(CommandNames.SalaryCompare, text, corrected, false)
                    : new BotCommand(CommandNames.Salary, text, corrected, false);
            }
        }

        if (phrase.HasAny(PathWords) || (ladderSteps.Count > 0 && phrase.HasAny(["become", "reach", "get to", "promoted to", "path to"])))
        {
            return new BotCommand(CommandNames.Path, text, corrected, false);
        }

        var withoutFieldNames = phrase.Without(NotLearning);
        if (withoutFieldNames.HasAny(HaveWords) && withoutFieldNames.HasAny(GapWords))
        {
            return new BotCommand(CommandNames.SkillsCheck, text, corrected, false);
        }

        if (withoutFieldNames.HasAny(SkillWords))
        {
            return new BotCommand(CommandNames.Skills, text, corrected, false);
        }

        return Ask(text, corrected);
    }

    private static BotCommand Ask(string text, string corrected) => new(CommandNames.Ask, text, corrected, false);

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
}
