using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Search;

namespace CareerBot.Core.Routing;

/// <summary>
/// Routes free text (what a mention or DM carries) to a handler by the words it uses: pay words to the
/// salary lookup, ladder words to the path, skill words to skills, the other role to compare, the rest to
/// guide search. A question about another job ("what does a dentist earn") is left to search, which then
/// honestly does not know.
/// </summary>
internal static partial class IntentClassifier
{
    /// <summary>Words that make a question about pay (the follow-ups' "which of those pays the best?" reads them too).</summary>
    internal static readonly string[] MoneyWords =
    [
        "salary", "salaries", "pay", "pays", "paid", "paying", "earn", "earns", "earning", "earnings", "compensation", "comp",
        "wage", "wages", "income", "money", "tc", "paycheck", "paycheque", "6 figures", "six figures", "base pay",
        "negotiate", "negotiating", "negotiation", "raise", "get paid", "gets paid", "pull in", "rake in",
        "make more", "makes more", "make less", "makes less", "earn more", "earns more", "earn less", "paid more", "paid less",
    ];

    /// <summary>Whether a phrase asks about pay by its words alone ("what does it pay", "how much does it make"), whatever it is about.</summary>
    internal static bool AsksPay(Phrase phrase) => phrase.HasAny(MoneyWords) || (phrase.Has("how much") && phrase.HasAny(PayVerbs));

    /// <summary>Verbs that mean pay after "how much" or a level ("what do lead MLEs make").</summary>
    private static readonly string[] PayVerbs = ["make", "makes", "making", "take home", "bring in", "bring home", "pull", "pulling", "earn", "range", "ranges", "offer", "offers", "package"];

    /// <summary>Words that make "make"/"get" a pay question without a level ("the most you can make").</summary>
    private static readonly string[] AmountWords = ["how much", "most", "max", "maximum", "top", "highest", "lowest", "minimum", "least", "average", "typical"];

    private static readonly string[] ExtrasWords =
        ["benefit", "benefits", "perk", "perks", "bonus", "bonuses", "stock", "stocks", "equity", "besides", "other than", "apart from", "aside from", "beyond", "on top of", "in addition to", "package"];

    /// <summary>
    /// Pay put aside ("money aside", "apart from the paycheck", "not asking about salary") and idioms in which "pay"
    /// is not money ("pay attention", "get paid to play with new tech"): the question is about something else, so
    /// these words are taken out before routing and searching.
    /// </summary>
    private static readonly string[] PayAside = PayAsidePhrases();

    private static readonly string[] PathWords =
    [
        "career path", "career ladder", "ladder", "progression", "career progression", "promotion", "promotions",
        "promoted", "next step", "next steps", "next level", "next role", "step up", "move up", "climb", "career levels",
        "hierarchy", "advance", "advancement", "progress", "levels of", "highest level", "top level", "highest role", "top role",
        "highest position", "top position", "highest rank", "top rank", "lowest level", "first level", "how far can",
        "highest title", "top title", "last title", "final title", "most senior title", "highest rung", "top rung", "last rung",
        "how high can", "how high could", "how far up", "bottom to top", "lowest to highest", "low to high", "first to last",
        "highest you can", "furthest you can", "how high you can", "how far you can",
    ];

    /// <summary>Phrases whose "from" is no way up from a rung ("apart from the degree, what else ... for an entry-level MLE?").</summary>
    private static readonly string[] NotFromARung = ["apart from", "aside from", "away from", "different from", "far from"];

    /// <summary>The words of <see cref="LadderRelativeWords"/> that always order rungs: "after", "above", "next".</summary>
    private static readonly string[] LadderOrderWords = ["after", "beyond", "above", "before", "below", "under", "prior to", "following", "next", "top", "highest"];

    /// <summary>Words that place a level on the ladder; they mean "path" only when a level is named.</summary>
    private static readonly string[] LadderRelativeWords = [.. LadderOrderWords, "become", "becoming", "reach", "get to", "path to", "from"];

    private static readonly string[] SkillWords =
    [
        "skill", "skills", "skillset", "skill set", "math", "maths", "mathematics", "mathematical", "programming language",
        "programming languages", "languages", "language", "domain knowledge", "technical", "learn", "study",
        "need to know", "should i know", "tech stack", "stack", "technologies", "proficiency", "proficient", "requirements", "required", "prerequisites", "good at",
    ];

    private static readonly string[] NotLearning =
        ["machine learning", "deep learning", "reinforcement learning", "continuous learning", "learning concepts"];

    private static readonly string[] ToTheBotWords = ["you", "your", "u", "bot", "can i ask", "could i ask", "should i ask", "i ask here", "ask here"];

    private static readonly string[] HaveWords = ["i know", "i have", "i ve", "ive", "i can", "my skills", "i m good at", "im good at", "i am good at"];

    private static readonly string[] GapWords = ["missing", "lack", "lacking", "still need", "what else", "gap", "gaps", "left to learn", "should i learn next", "learn next"];

    private static readonly string[] HelpPhrases =
        ["help", "hi", "hello", "hey", "commands", "menu", "options", "start", "hi there", "hello there", "hey there", "yo", "sup", "good morning"];

    /// <summary>Questions about the bot itself, matched anywhere in the text.</summary>
    private static readonly string[] AboutTheBot =
    [
        "what can you do", "what can u do", "what do you do", "who are you", "who r u", "what are you", "what r u",
        "what can i ask", "what should i ask", "can i ask you", "can i ask u", "what do you know", "what can you help",
        "how do i use you", "how does this bot work", "how do you work", "your commands", "list commands", "show commands",
        "help me use",
    ];

    /// <summary>About the bot only when the question speaks to it ("what kind of questions can I ask you", not "what kind of questions do they ask in interviews").</summary>
    private static readonly string[] AboutTheBotWhenAddressed = ["what kinda stuff", "what kind of stuff", "what kind of questions", "what kinds of questions", "what questions can"];

    private static readonly string[] DomainAnchors =
    [
        "ml", "machine learning", "ai", "artificial intelligence", "engineer", "engineers", "engineering", "mle", "eng",
        "data", "scientist", "scientists", "this field", "this job", "this role", "this career", "the field", "the role",
        "this track", "this path", "this profession", "this line of work",
    ];

    public static BotCommand Classify(string text, string corrected, KnowledgeSnapshot snapshot)
    {
        var phrase = Phrase.Of(corrected);
        var knowledge = snapshot.Knowledge;
        var bare = phrase.ToString();
        if (HelpPhrases.Any(h => bare == h || bare == h + " me" || bare == h + " please" || bare == h + " bot") || phrase.HasAny(AboutTheBot) || (phrase.HasAny(AboutTheBotWhenAddressed) && phrase.HasAny(ToTheBotWords)))
        {
            return Route(CommandNames.Help, text, corrected);
        }

        var asked = Route(CommandNames.Ask, text, corrected);
        if (snapshot.Index.QuotesAHeading(text) || ScopeCheck.RecommendationAsked(asked, snapshot) is not null || ScopeCheck.JudgementAsked(asked) || ScopeCheck.InstructionToTheBot(asked))
        {
            return asked; // a quoted heading is its section's; the guide names no particular book or course, judges no job against another and takes no instructions: search says so
        }

        if (phrase.HasAny(PayAside))
        {
            // Routed and searched without the words that put pay aside: "what do folks enjoy about the work, money aside?"
            var withoutPay = phrase.Without(PayAside).ToString();
            if (withoutPay.Length > 0 && withoutPay != bare)
            {
                return Classify(withoutPay, withoutPay, snapshot);
            }
        }

        var contrast = Contrast().Match(corrected) is { Success: true } closing ? closing : NotMeant().Match(corrected);
        if (contrast.Success && corrected.Remove(contrast.Index, contrast.Length).Trim() is { Length: > 0 } withoutContrast
            && Phrase.Of(withoutContrast).Words.Count() >= 3)
        {
            // "the study route, not the job ladder": what the question turns away from is not what it asks.
            return Classify(withoutContrast, withoutContrast, snapshot);
        }

        if (WithoutKindsTheGuideLacks(phrase, snapshot.Index) is { } withoutKind)
        {
            // "What soft skills or mindset does it take?": a kind of skill no section names. The word "skills" alone would
            // choose the skill lists, by route and by words; without it the meaning of the rest decides.
            return Classify(withoutKind, withoutKind, snapshot);
        }

        if (MotiveThenQuestion().Match(corrected) is { Success: true } motive && phrase.HasAny(MoneyWords)
            && Phrase.Of(motive.Groups["question"].Value) is var question && !question.HasAny(MoneyWords)
            && LevelMatcher.LadderSteps(question, knowledge.Ladder).Count + LevelMatcher.SalaryLevels(question, knowledge.Salaries).Count > 0)
        {
            // "I care about salary growth, so which title comes after senior?": the pay is why they ask, the question after
            // "so" (with its own level) is what they ask.
            return Classify(motive.Groups["question"].Value, motive.Groups["question"].Value, snapshot);
        }

        var levelsAsked = LevelMatcher.WithoutNegated(phrase, knowledge.Salaries, knowledge.Ladder); // "I'm not a senior yet": no level asked
        var salaryLevels = LevelMatcher.SalaryLevels(levelsAsked, knowledge.Salaries);
        var ladderSteps = LevelMatcher.LadderSteps(levelsAsked, knowledge.Ladder);
        if (!IsInDomain(phrase, snapshot, salaryLevels.Count + ladderSteps.Count > 0))
        {
            return Route(CommandNames.Ask, text, corrected);
        }

        var otherRole = knowledge.Roles.Roles.Skip(1).Any(r => phrase.HasAny(r.Aliases.Append(r.Title))); // the role the comparison holds beside the bot's own
        var money = phrase.HasAny(MoneyWords)
            || Amount().IsMatch(corrected)
            || ((phrase.HasAny(AmountWords) || salaryLevels.Count > 0) && phrase.HasAny(PayVerbs) && !phrase.HasAny(SkillWords))
            || (phrase.Has("how much") && phrase.HasAny(["get", "gets"]) && !phrase.HasAny(SkillWords))
            || ((ladderSteps.Count > 0 || phrase.HasAny(ScopeCheck.OwnRoleNames(knowledge)) || otherRole) && MakeForPay().IsMatch(corrected)); // "what does an ML architect (a staff ML engineer, a data scientist) make?"
        if (otherRole && !money && phrase.HasAny(PathWords) && !phrase.HasAny(ScopeCheck.OwnRoleNames(knowledge)) && !Versus().IsMatch(corrected) && !phrase.HasAny(ComparisonWords))
        {
            // "What does the career path for a data scientist look like?" asks for the other role's ladder, which the data
            // does not hold: the ladder lookup says so, where the comparison would answer something else.
            return Route(CommandNames.Path, text, corrected);
        }

        if (otherRole && !money)
        {
            // "does an MLE train the models or just ship what the data scientists hand over?" names the other role, but in
            // meaning it is clearly about another section (the responsibilities) than the comparison's: the guide answers.
            return NearerAnotherSection(snapshot, corrected, section => HoldsTheComparison(section, knowledge))
                || WordsAndMeaningAgreeElsewhere(snapshot, corrected, section => HoldsTheComparison(section, knowledge))
                ? Route(CommandNames.Ask, text, corrected)
                : Route(CommandNames.Compare, text, corrected);
        }

        if (!money && Versus().IsMatch(corrected) && ScopeCheck.AnotherRoleNamed(corrected, snapshot) is { } role && !ScopeCheck.TheGuideSpeaksOf(role, knowledge))
        {
            // "ML engineer vs data engineer": a comparison with a role the knowledge does not hold, which the comparison
            // lookup says plainly, rather than the guide's ML engineer vs data scientist passage. The guide's own words
            // ("a specialized programmer", "software engineering") still answer "how is it different from a programmer?".
            return Route(CommandNames.Compare, text, corrected);
        }

        // Pay beside the benefits' words ("the compensation package") is the guide's word on the benefits, unless the pay
        // is the other role's ("the data scientist compensation package"): only the pay lookup says it has no figures for it.
        if (money && (!(phrase.HasAny(ExtrasWords) && salaryLevels.Count == 0) || (otherRole && !phrase.HasAny(ScopeCheck.OwnRoleNames(knowledge)))))
        {
            return Route(salaryLevels.Count >= 2 ? CommandNames.SalaryCompare : CommandNames.Salary, text, corrected);
        }

        // Two pay levels, one of which is not a rung of the ladder ("from entry to mid"): only the salary data holds both.
        if (salaryLevels.Count >= 2 && salaryLevels.Any(b => knowledge.Ladder.Steps.All(s => s.SalaryLevel != b.Level)))
        {
            return Route(CommandNames.SalaryCompare, text, corrected);
        }

        // Two rungs of the ladder named without pay words: their order, or the way from one to the other.
        if (phrase.HasAny(PathWords) || ladderSteps.Distinct().Count() >= 2)
        {
            return Route(CommandNames.Path, text, corrected);
        }

        // One rung and a word that places it. "From", "become", "reach" may not ("what background do employers expect from
        // an entry-level applicant?"): then, when the words and the meaning both choose another section (the entry
        // requirements), that section answers. "After", "above", "next" always place it ("what comes after a junior role?").
        if (ladderSteps.Count > 0 && phrase.Without(NotFromARung).HasAny(LadderRelativeWords))
        {
            return !phrase.HasAny(LadderOrderWords) && WordsAndMeaningAgreeElsewhere(snapshot, corrected, section => PathHandler.ListsTheLadder(section, knowledge))
                ? Route(CommandNames.Ask, text, corrected)
                : Route(CommandNames.Path, text, corrected);
        }

        // No pay, ladder or other-role words: the meaning decides between the lookups and the guide's text.
        var meaning = MeaningRouter.Nearest(snapshot, corrected);

        // A question about the bot speaks to it ("what can you do", "what can I ask here"); "what do they ask in ML
        // interviews" is near those in meaning but asks about something else.
        if (meaning is CommandNames.Help && !phrase.HasAny(ToTheBotWords))
        {
            meaning = null;
        }

        // The comparison sets two things side by side: a question that only sounds like one ("ethics - part of the job or
        // just PR?") and compares nothing is the guide's.
        if (meaning is CommandNames.Compare && !Versus().IsMatch(corrected) && !phrase.HasAny(ComparisonWords))
        {
            meaning = null;
        }

        // Near the pay questions in meaning, but with no pay word, every topic word one the guide uses, and both the words
        // and the meaning choose another section ("how secure is this job long term?": the growing demand): that section
        // answers, not the table. A word the guide lacks may be the pay word ("ML intern hourly rate?").
        if (meaning is CommandNames.Salary && snapshot.Index.TopicWords(corrected).Unheld == 0 && WordsAndMeaningAgreeElsewhere(snapshot, corrected, section => SalaryHandler.StatesEveryBand(section, knowledge)))
        {
            meaning = null;
        }

        // Near the ladder questions in meaning, but asking where the career is going ("what does that mean for my career
        // going forward?"): the ladder names rungs, the guide's future sections answer.
        if (meaning is CommandNames.Path && ladderSteps.Count == 0 && FutureQuestions.AboutTheFuture(corrected))
        {
            meaning = null;
        }

        if (meaning is CommandNames.Path or CommandNames.Compare or CommandNames.Help || (meaning is CommandNames.Salary && !phrase.HasAny(ExtrasWords)))
        {
            return Route(meaning == CommandNames.Salary && salaryLevels.Count >= 2 ? CommandNames.SalaryCompare : meaning, text, corrected);
        }

        var withoutFieldNames = phrase.Without(NotLearning);
        if (withoutFieldNames.HasAny(HaveWords) && withoutFieldNames.HasAny(GapWords))
        {
            return Route(CommandNames.SkillsCheck, text, corrected);
        }

        // "What tools will ML engineers be building in the future?" names a skill area, but asks where the job is going;
        // "which tech companies hire?" asks to name employers.
        if (FutureQuestions.AboutTheFuture(corrected) || ScopeCheck.ParticularsAsked(asked) is not null)
        {
            return Route(CommandNames.Ask, text, corrected);
        }

        var namesASkill = knowledge.SkillAreas.SelectMany(a => a.Items).Any(i => SkillsHandler.Mentions(withoutFieldNames, i))
            || knowledge.SkillAreas.Any(a => withoutFieldNames.HasAny(a.Aliases));
        if (!withoutFieldNames.HasAny(SkillWords) && !namesASkill)
        {
            return Route(meaning == CommandNames.Skills && !FoundElsewhere(snapshot, corrected) ? CommandNames.Skills : CommandNames.Ask, text, corrected);
        }

        // "What math background should I look for?" asks which things of an area; "what programming background do
        // employers expect?" is worded so, but its words and meaning both choose the entry requirements, the meaning clearly
        // ("which tools should I pick up?" is only a little nearer the future's "new tool development").
        bool SkillList(GuideSection section) => SkillsHandler.ListsASkillArea(section, snapshot.Knowledge);
        if (AsksWhichOfAnArea(withoutFieldNames, knowledge))
        {
            return WordsAndMeaningAgreeElsewhere(snapshot, corrected, SkillList) && NearerAnotherSection(snapshot, corrected, SkillList)
                ? Route(CommandNames.Ask, text, corrected)
                : Route(CommandNames.Skills, text, corrected);
        }

        // A skill named in passing ("is the job mostly coding?", "I know Java, how do I pivot?") without asking about
        // skills, and not nearest the skills questions in meaning: the guide answers it, not the skills table.
        if ((meaning == CommandNames.Ask && !namesASkill) || (meaning != CommandNames.Skills && !withoutFieldNames.HasAny(SkillWords)))
        {
            return Route(CommandNames.Ask, text, corrected); // "what projects should I build to learn": a skill word, a guide question
        }

        // "Could I start my own company with these skills?" is about starting a company: search without the skill words.
        var rest = phrase.Without(SkillWords).ToString();
        if (meaning != CommandNames.Skills && AboutSomethingElse(rest, snapshot))
        {
            return Route(CommandNames.Ask, text, corrected);
        }

        // "Could I use these skills across many applications?": the skill word is there, but in meaning the question
        // is clearly nearer a section other than the skill lists. "What are the requirements at the entry level?" sounds
        // like the skills questions, but its words and its meaning both choose the entry requirements.
        return (meaning != CommandNames.Skills && (NearerAnotherSection(snapshot, corrected, SkillList) || FoundElsewhere(snapshot, corrected)))
            || WordsAndMeaningAgreeElsewhere(snapshot, corrected, SkillList)
            ? Route(CommandNames.Ask, text, corrected)
            : Route(CommandNames.Skills, text, corrected);
    }

    private static BotCommand Route(string name, string text, string corrected) => new(name, text, corrected, false);

    private static readonly string[] KindWords = ["skill", "skills", "skillset"];

    /// <summary>
    /// The question without a skill word qualified by a word no section uses ("soft skills", "leadership skills"): a
    /// kind of skill the skill lists do not hold, so "skills" must not send the question to them; its meaning and the
    /// guide's text decide (the overlapping skills' "problem-solving abilities", the conclusion's "adaptability"). Null
    /// when the question names no such kind. A word held through a synonym ("tech skills") is no such kind, nor a name
    /// ("Kubernetes skills": a skill the lists lack, which the skills answer says).
    /// </summary>
    private static string? WithoutKindsTheGuideLacks(Phrase phrase, Search.GuideIndex index)
    {
        var words = phrase.Words.ToArray();
        var kept = words.Where((word, i) => !(i > 0 && KindWords.Contains(word) && words[i - 1].All(char.IsLetter) && Search.EnglishWords.Contains(words[i - 1]) && index.TopicWords(words[i - 1]) is (1, 1))).ToArray();
        return kept.Length < words.Length && kept.Length > 0 ? string.Join(' ', kept) : null;
    }

    /// <summary>A closing contrast: "..., not the maths side?", "... - not the job ladder", "... rather than the theory".</summary>
    [GeneratedRegex(@"\s*(?:[,;:\-–—]\s*|\s)(?:but\s+|and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:about\s+)?(?:(?:the|a|an|my|your|just\s+the)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s*(?=[?.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    /// <summary>A statement of why, then the question after "so": "I care about pay, so which title comes after senior?".</summary>
    [GeneratedRegex(@"^(?<motive>[^?]+?)(?:[,;.:!\-–—]\s*|\s+)so\s+(?<question>(?:which|what|how|when|where|who|is|are|do|does|can|could|should|would|will)\b[^?]*\??)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MotiveThenQuestion();

    /// <summary>What the asker says they do not mean: "I don't mean entry-level pay, I mean ...", "Not salary growth, I mean ...".</summary>
    [GeneratedRegex(@"\b(?:i\s+)?(?:don'?t|do\s+not)\s+mean\s+[^,.;!?]+[,.;!?]\s*(?:i\s+mean\s+)?|(?<=^|[.?!]\s*)not\s+[^,.;!?]+,\s*i\s+mean\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NotMeant();

    private static string[] PayAsidePhrases()
    {
        string[] pay = ["money", "the money", "pay", "the pay", "salary", "the salary", "salaries", "paycheck", "the paycheck", "paycheque", "the paycheque", "compensation", "comp", "income", "wages", "earnings", "cash", "the cash"];
        string[] aside = ["{0} aside", "aside from {0}", "besides {0}", "apart from {0}", "other than {0}", "beyond {0}", "except {0}", "except for {0}", "outside of {0}", "ignoring {0}", "forget {0}", "forget about {0}", "leaving {0} aside", "setting {0} aside", "not {0}", "not about {0}", "not asking about {0}", "not asking {0}", "not talking about {0}", "not for {0}", "not just {0}", "not only {0}", "not counting {0}", "other than just {0}"];
        string[] idioms = ["pay attention", "paying attention", "paid attention", "get paid to", "gets paid to", "getting paid to", "paid to play", "be paid to",
            "worth the money", "worth its money", "worth my money", "waste of money", "waste my money"];
        return [.. aside.SelectMany(a => pay.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, p))), .. idioms];
    }

    /// <summary>
    /// "Could I start my own company with MLE skills?" mentions skills but is about something else: with the
    /// skill words taken out, the rest of the question confidently finds a section outside the skills topic.
    /// </summary>
    private static bool AboutSomethingElse(string rest, KnowledgeSnapshot snapshot)
    {
        var skillsDocuments = snapshot.Knowledge.Documents
            .Where(d => d.Sections.Any(s => snapshot.Knowledge.SkillAreas.Any(a => a.Items.Any(i => s.Items.Contains(i.Name)))))
            .Select(d => d.Id)
            .ToHashSet();
        if (!snapshot.Index.HasRareTopic(rest))
        {
            return false; // cheap check first: most skill questions have nothing specific left once the skill words go
        }

        var result = snapshot.Index.Search(rest, maxHits: 1);
        return result.Confident && result.Specific && result.Topics > 0 && result.TopicCoverage >= 1 && result.Hits.Count > 0 && !skillsDocuments.Contains(result.Hits[0].Section.DocumentId);
    }

    /// <summary>How much nearer (centred cosine) another section must be than every skill list.</summary>
    internal const double OtherSectionLead = 0.1;

    /// <summary>
    /// A skill word the meaning router could not settle ("what is required for becoming an ML engineer?"), where the
    /// hybrid search answers confidently from a section that lists no skill area (Entry Requirements): that section
    /// answers it, not the skill table.
    /// </summary>
    private static bool FoundElsewhere(KnowledgeSnapshot snapshot, string question) =>
        snapshot.Vectors is not null
        && snapshot.Search(question, maxHits: 1) is { Confident: true, Hits: [var best, ..] }
        && !SkillsHandler.ListsASkillArea(best.Section, snapshot.Knowledge);

    /// <summary>
    /// Whether the guide search answers confidently from a section none of <paramref name="lookups"/> answers from, the
    /// words alone (BM25) choose it too, and it is also the section nearest in meaning ("do they train the models or just
    /// deploy what the data scientists hand over?": the responsibilities, by the words and by the meaning, however near
    /// the comparison comes). With the words agreeing, no lead in meaning is asked: a lead of 0.05 (before the words were
    /// asked) missed two such questions within 0.02 of the comparison, and none was lost without it.
    /// </summary>
    private static bool WordsAndMeaningAgreeElsewhere(KnowledgeSnapshot snapshot, string question, Func<GuideSection, bool> lookups) =>
        snapshot.Search(question, maxHits: 1) is { Confident: true, Hits: [{ Ranking: { } ranking } best, ..] }
        && !lookups(best.Section)
        && snapshot.Index.Search(question, maxHits: 1) is { Confident: true, Hits: [var byWords, ..] } && byWords.Section == best.Section
        && NearestInMeaning(snapshot, question, lookups) is { BestIsLookup: false } nearest
        && ranking >= nearest.Best;

    /// <summary>
    /// "What math background should I look for?", "which kind of coding?", "what do I need on the technical side?": the
    /// question asks which things of a skill area (its name or alias right after "what"/"which", or as "the X side"), not
    /// only names it in passing.
    /// </summary>
    private static bool AsksWhichOfAnArea(Phrase phrase, KnowledgeBase knowledge) =>
        knowledge.SkillAreas.SelectMany(a => a.Aliases.Append(a.Title).Append(a.Area)).Select(n => n.ToLowerInvariant())
            .Any(name => WhichOpenings.Any(q => phrase.Has($"{q} {name}")) || AreaSides.Any(side => phrase.Has($"the {name} {side}")));

    private static readonly string[] AreaSides = ["side", "part", "front", "aspect"];

    private static readonly string[] WhichOpenings = ["what", "which", "what kind of", "which kind of", "what sort of", "what type of", "what level of"];

    /// <summary>A section the comparison's data comes from: it lists the roles' differences or their overlaps.</summary>
    private static bool HoldsTheComparison(GuideSection section, KnowledgeBase knowledge) =>
        knowledge.Roles.Overlaps.Any(section.Items.Contains) || knowledge.Roles.Differences.Any(section.Items.Contains);

    /// <summary>
    /// Whether, in meaning, another section is clearly (<see cref="OtherSectionLead"/>) nearer the question than every
    /// section <paramref name="lookups"/> answers from (the skill lists, the comparison).
    /// </summary>
    private static bool NearerAnotherSection(KnowledgeSnapshot snapshot, string question, Func<GuideSection, bool> lookups) =>
        NearestInMeaning(snapshot, question, lookups) is { BestIsLookup: false } nearest && nearest.Best - nearest.BestLookup >= OtherSectionLead;

    /// <summary>
    /// The centred similarity of the section nearest the question, of the nearest that <paramref name="lookups"/> answers
    /// from, and whether the nearest is one of those; null without the model.
    /// </summary>
    private static (double Best, double BestLookup, bool BestIsLookup)? NearestInMeaning(KnowledgeSnapshot snapshot, string question, Func<GuideSection, bool> lookups)
    {
        if (snapshot.Vectors is not { } vectors)
        {
            return null;
        }

        var ranking = vectors.SectionRanking(vectors.Embed(question));
        var sections = snapshot.Index.Sections;
        double best = double.MinValue, bestLookup = double.MinValue;
        var bestIsLookup = false;
        for (var i = 0; i < ranking.Length && i < sections.Count; i++)
        {
            var lookup = lookups(sections[i]);
            if (lookup)
            {
                bestLookup = Math.Max(bestLookup, ranking[i]);
            }

            if (ranking[i] > best)
            {
                (best, bestIsLookup) = (ranking[i], lookup);
            }
        }

        return (best, bestLookup, bestIsLookup);
    }

    /// <summary>
    /// False when the question is about another job ("how much does a dentist earn") or mostly about things
    /// the guide never mentions ("how attention in a transformer works, with all the math") and does not
    /// name the field: a pay or skill word alone must not turn it into an ML career answer.
    /// </summary>
    private static bool IsInDomain(Phrase phrase, KnowledgeSnapshot snapshot, bool namesALevel)
    {
        if (phrase.HasAny(DomainAnchors))
        {
            return true;
        }

        var index = snapshot.Index;
        var content = phrase.Words.Where(w => w.Length > 1 && !char.IsDigit(w[0]) && index.Stems(w).Count > 0).ToArray();
        if (Search.OtherProfessions.Named(phrase.ToString(), content.SelectMany(index.Stems)))
        {
            return false; // "an architect who designs buildings" is not the ML Architect
        }

        var unknown = content.Count(w => !index.Speller.IsKnown(w));
        return namesALevel || unknown * 2 <= content.Length;
    }

    /// <summary>Words of a comparison between roles, without a "vs": "the difference", "in common", "overlap", "both roles".</summary>
    private static readonly string[] ComparisonWords =
        ["difference", "differences", "different", "differ", "differently", "distinguish", "similar", "similarity", "similarities", "in common", "overlap", "overlaps", "overlapping", "both", "the two", "each other", "other role", "same thing", "alike"];

    /// <summary>Setting two things side by side: "vs", "compared to", "the difference between", "differ from".</summary>
    [GeneratedRegex(@"\b(?:vs\.?|versus|compared?\s+(?:to|with)|comparison|differences?\s+between|differ(?:s|ent)?\s+from|better\s+than)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Versus();

    /// <summary>"Make" as pay after a rung of the ladder: at the end of the question, or before a period or a time ("in 2025", "these days").</summary>
    [GeneratedRegex(@"\bmakes?\b\W*(?:(?:a|per|in\s+a|each|every)\s+(?:year|yr|month|annum)\b|annually\b|(?:in\s+)?(?:19|20)\d\d\b|these\s+days\b|nowadays\b|today\b|on\s+average\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MakeForPay();

    /// <summary>"$120k", "100k", "150,000": a figure in a question is a pay question ("401k", a retirement plan, is not).</summary>
    [GeneratedRegex(@"\$\s?\d|\b(?!40[13]\s?k\b)\d{2,3}\s?k\b|\b\d{2,3},\d{3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
