using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using CareerBot.Core.Search;
using CareerBot.Core.Semantic;

namespace CareerBot.Core.Lookups;

/// <summary>
/// Whether a lookup question is about something the data holds. The data answers for its own role (the
/// ML engineer and its ladder), its levels, its year and its currency, with no place or employer; a
/// question naming another role ("data analysts", "ML interns", "a VP"), a place ("Tokyo"), an employer
/// ("Google"), another currency ("euros") or another year ("2015") must not be answered with its table.
/// Roles are recognised by rule (a job noun whose title the data does not hold); places and currencies
/// by meaning (the word's embedding near "a city or country" / "a currency"); named things the knowledge
/// never mentions by being capitalised mid-sentence or not English words at all.
/// </summary>
internal static partial class ScopeCheck
{
    /// <summary>Nouns that name a job; with a modifier the data does not hold they name another role.</summary>
    private static readonly string[] JobNouns =
    [
        "engineer", "developer", "scientist", "analyst", "manager", "designer", "architect", "intern", "researcher",
        "director", "vp", "cto", "ceo", "cio", "consultant", "specialist", "administrator", "admin", "programmer",
        "technician", "officer", "head", "founder", "executive", "president", "trainee", "apprentice", "contractor", "freelancer",
        "student", "postdoc", "professor", "lecturer", "teacher", "tutor", "nurse", "doctor", "lawyer", "accountant", "recruiter",
    ];

    /// <summary>
    /// Job nouns of people on their way into the field ("how can a student get hands-on experience?"): in a question
    /// about the job they are who asks, not another role asked about; their pay is still a level the data lacks.
    /// </summary>
    private static readonly string[] Learners = ["student", "trainee", "apprentice"];

    /// <summary>Nouns after which a job noun qualifies a kind of knowledge ("specialist areas", "expert topics"), naming no role.</summary>
    private static readonly string[] KindsOfKnowledge = ["area", "areas", "topic", "topics", "knowledge", "field", "fields", "domain", "domains", "subject", "subjects"];

    /// <summary>Words before a job noun that keep it the data's own role ("an ML engineer", "senior engineers").</summary>
    private static readonly string[] FieldWords = ["ml", "machine", "learning", "ai", "mle", "mles", "a", "an", "the", "my", "as", "of", "for", "and", "or", "to", "be", "become", "is", "are"];

    /// <summary>Words for the data's currency code.</summary>
    private static readonly Dictionary<string, string[]> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = ["usd", "dollar", "dollars", "us", "american"],
    };

    private static readonly HashSet<string> Filler = new(QueryStopWords.Words, StringComparer.Ordinal);

    private const double PlaceSimilarity = 0.38;
    private const double NamedPlaceSimilarity = 0.41;
    private const double CurrencySimilarity = 0.36;
    private const string Place = "a city, country or region of the world";

    // Where a place is expected (two words together, or after "in" in a pay question) the bare nouns tell places best
    // (measured on MiniLM: "bangalore" 0.42, "bay area" 0.44 near "city"; alone, "teams" 0.45 and "manager" 0.42 are
    // as near, so a lone word anywhere else is weighed against the longer description above).
    private const string City = "city";
    private const string Country = "country";
    private const string Currency = "a currency or unit of money";
    private const string Everyday = "an everyday word";

    /// <summary>What the question names that the data does not hold, or null when it is in scope.</summary>
    /// <param name="salary">Pay questions also check the year and the currency.</param>
    /// <param name="otherRoles">The comparison also holds the other role of <c>roles.json</c>.</param>
    /// <param name="skillsOnly">Skills questions name tools and topics freely: only other roles are checked.</param>
    public static string? Unheld(BotCommand command, KnowledgeSnapshot snapshot, bool salary, bool otherRoles, bool skillsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        // Where the asker is matters to pay (the data holds one country's figures); their trade and tools do not.
        var text = salary ? command.Argument : Sentences.WithoutAskersStatements(command.Argument);
        var words = WordPattern().Matches(text).Select(m => (Word: m.Value, At: m.Index)).ToArray();
        var lower = words.Select(w => w.Word.ToLowerInvariant()).ToArray();
        var corrected = Tokens(Sentences.WithoutAskersStatements(command.Corrected));
        if (skillsOnly)
        {
            // "I'm a data analyst: what skills do I need for ML engineering?" asks for the ML engineer's skills.
            // "Is GPU coding part of the MLE skill set, or do only researchers do that?": the role after "or" is a contrast.
            return NamesTheField(corrected) && InTheAskersPath(corrected) ? null : OtherRole(BeforeTheAlternative(corrected), KnownRoleWords(snapshot.Knowledge, otherRoles), hiringSide: false);
        }

        return OtherRole(corrected, KnownRoleWords(snapshot.Knowledge, otherRoles), hiringSide: salary) ?? OtherSubject(text, words, lower, snapshot, salary);
    }

    /// <summary>Words that name the field itself: a question naming it is about ML engineering, whatever else it names.</summary>
    private static readonly string[] FieldNames = ["ml", "machine", "mle", "mles", "ai", "artificial"];

    private static readonly string[] Possessives = ["my", "our", "your", "his", "her", "their"];

    /// <summary>Words that put another role in the asker's past or path ("I'm a backend developer", "from analyst to ...").</summary>
    private static readonly string[] PathWords = ["i", "im", "my", "me", "into", "become", "becoming", "switch", "switching", "move", "moving", "pivot", "transition", "as"];

    /// <summary>
    /// Another role as the subject of a free-text question that never names the field ("what skills does a
    /// cybersecurity analyst need"): the guide answers for ML engineers only. A question that names the field, or
    /// puts the other role in the asker's own path ("I'm a backend developer, how do I start"), is the guide's.
    /// </summary>
    public static string? OtherRoleAsked(BotCommand command, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        // The field named anywhere ("my son wants to be an ML engineer. Is it basically a programmer?") is the subject;
        // another role is looked for in what is asked.
        var whole = Tokens(command.Corrected);
        var lower = Tokens(Sentences.WithoutAskersStatements(command.Corrected));
        return NamesTheField(whole) || InTheAskersPath(whole) ? null : OtherRole(BeforeTheAlternative(lower), KnownRoleWords(snapshot.Knowledge, otherRoles: true), hiringSide: false);
    }

    /// <summary>
    /// The question up to an alternative it sets against its subject: in "is stats important, or is that more for the
    /// analyst people?" the analysts are the contrast, and the subject (whose skills) is the guide's own role.
    /// </summary>
    private static string[] BeforeTheAlternative(string[] lower) =>
        Array.IndexOf(lower, "or", 1) is > 0 and var or ? lower[..or] : lower;

    /// <summary>
    /// Whether the guide's text names the role ("regular programmer": the guide calls ML engineers specialized
    /// programmers; "software engineer": it speaks of software engineering): its head noun, unless that is the head of
    /// a role the knowledge holds ("engineer" of ML engineer, "scientist" of data scientist: the guide speaks of those,
    /// not of a research scientist), else the whole name.
    /// </summary>
    internal static bool TheGuideSpeaksOf(string role, KnowledgeBase knowledge)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular).ToArray();
        var held = OwnRoleNames(knowledge).Concat(knowledge.Roles.Roles.Skip(1).SelectMany(r => r.Aliases.Append(r.Title)))
            .SelectMany(n => n.ToLowerInvariant().Split(' ')).Select(Singular).ToHashSet(StringComparer.Ordinal);
        var needle = held.Contains(words[^1]) ? string.Join(' ', words) : words[^1];
        return knowledge.Sections.Any(s => s.Body.Contains(needle, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The bot's own role, the first of roles.json, by its title and aliases ("ML Engineers", "mle").</summary>
    internal static IEnumerable<string> OwnRoleNames(KnowledgeBase knowledge) => knowledge.Roles.Roles[0].Aliases.Append(knowledge.Roles.Roles[0].Title);

    /// <summary>
    /// A role the knowledge holds neither as the bot's own nor as one it compares ("data engineer" in "ML engineer vs data
    /// engineer"), unless it is the asker's own ("I'm a data analyst"); null when there is none.
    /// </summary>
    public static string? AnotherRoleNamed(string corrected, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(snapshot);
        return OtherRole(Tokens(Sentences.WithoutAskersStatements(corrected)), KnownRoleWords(snapshot.Knowledge, otherRoles: true), hiringSide: false);
    }

    /// <summary>
    /// A job noun other than the bot's own role's ("head" in "head of AI salary") in a pay question whose level
    /// was not recognised: it asks about a title the data has no figures for.
    /// </summary>
    public static string? UnmatchedTitle(BotCommand command, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        var own = WordPattern().Matches(snapshot.Knowledge.Roles.Roles[0].Title.ToLowerInvariant()).Select(m => Singular(m.Value)).ToHashSet(StringComparer.Ordinal);
        var words = Tokens(Sentences.WithoutAskersStatements(command.Corrected));
        for (var i = 0; i < words.Length; i++)
        {
            var singular = Singular(words[i]);
            if (JobNouns.Contains(singular) && !own.Contains(singular) && !TheAskersOwn(words, i)) // not "recruiter here - ..."
            {
                var end = Math.Min(words.Length, i + 3);
                return string.Join(' ', words[i..end].TakeWhile((w, k) => k == 0 || ((!Filler.Contains(w) || w == "of") && w != Break)));
            }
        }

        return null;
    }

    /// <summary>Words that name a rung of seniority in job titles (levelling ladders and their common codes).</summary>
    private static readonly string[] SeniorityWords =
    [
        "intern", "interns", "internship", "trainee", "apprentice", "graduate", "grad", "junior", "associate", "entry", "mid",
        "intermediate", "senior", "staff", "principal", "distinguished", "fellow", "lead", "chief", "head", "director", "vp",
        "architect", "l3", "l4", "l5", "l6", "l7", "l8", "e3", "e4", "e5", "e6", "e7", "ic1", "ic2", "ic3", "ic4", "ic5", "ic6",
    ];

    /// <summary>
    /// A seniority word in a pay question that neither a salary band nor a rung of the ladder holds ("staff", "L6",
    /// "distinguished"): the data has no figure for that level, so it must not answer with the others.
    /// </summary>
    public static string? UnheldLevel(Phrase phrase, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(knowledge);
        var held = knowledge.Salaries.SelectMany(b => b.Aliases.Append(b.Title).Append(b.Level))
            .Concat(knowledge.Ladder.Steps.SelectMany(s => s.Aliases.Append(s.Title).Append(s.Step)))
            .SelectMany(name => WordPattern().Matches(name.ToLowerInvariant()).Select(m => Singular(m.Value)))
            .ToHashSet(StringComparer.Ordinal);
        return phrase.Words.FirstOrDefault(w => (SeniorityWords.Contains(w) || SeniorityWords.Contains(Singular(w))) && !held.Contains(Singular(w)));
    }

    /// <summary>
    /// Whether a free-text question names a place, currency or thing the knowledge never mentions. Only whether,
    /// not which: a capitalised unknown word settles it without weighing any word's meaning (no run of the model).
    /// </summary>
    public static bool NamesUnheld(BotCommand command, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        var text = Sentences.WithoutAskersStatements(command.Argument);
        var words = WordPattern().Matches(text).Select(m => (Word: m.Value, At: m.Index)).ToArray();
        return OtherSubject(text, words, words.Select(w => w.Word.ToLowerInvariant()).ToArray(), snapshot, salary: false, anyName: true) is not null;
    }

    /// <summary>The words of a question the knowledge does not use (nor a spelling of one, nor its currency).</summary>
    private static HashSet<string> Unknown(string[] lower, KnowledgeSnapshot snapshot) =>
        Unknown(lower, snapshot.Knowledge, snapshot.Index, snapshot.IntentExamples);

    private static HashSet<string> Unknown(string[] lower, KnowledgeBase knowledge, GuideIndex index, IReadOnlyList<IntentExample>? examples)
    {
        var ownCurrencyWords = knowledge.Salaries.SelectMany(s => CurrencyWords.GetValueOrDefault(s.Currency) ?? []).ToHashSet(StringComparer.Ordinal);
        return lower.Where(word => !(word.Length < 3 || ownCurrencyWords.Contains(word) || index.Speller.IsKnown(word)
            || index.Speller.Correct(word) is not null || IsExampleWord(examples, word))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>At most this many of a question's words are embedded beside it (<see cref="WordsItMayWeigh"/>).</summary>
    internal const int MostWordsAlongside = 12;

    /// <summary>
    /// What <see cref="OtherSubject"/> may weigh by meaning in a question other than a pay question (the asker's statements
    /// and whereabouts left out): its unknown words that are not names, and the pairs of adjacent words with one of them
    /// ("san francisco"). The semantic index embeds them beside a new question, on another thread, so the scope check
    /// finds them ready instead of running the model a second time after it.
    /// </summary>
    public static IReadOnlyList<string> WordsItMayWeigh(string question, KnowledgeBase knowledge, GuideIndex index, IReadOnlyList<IntentExample>? examples)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(index);
        var text = Sentences.WithoutAskersStatements(question);
        var words = WordPattern().Matches(text).Select(m => (Word: m.Value, At: m.Index)).ToArray();
        var lower = words.Select(w => w.Word.ToLowerInvariant()).ToArray();
        var candidates = Unknown(lower, knowledge, index, examples);
        candidates.ExceptWith(TheAskersWhereabouts(lower));
        if (candidates.Count == 0)
        {
            return [];
        }

        var unnamed = words.Where((word, i) => candidates.Contains(lower[i]) && !Named(text, word)).Select(w => w.Word.ToLowerInvariant());
        return Pairs(text, words, lower, candidates).Select(p => p.Pair).Concat(unnamed).Distinct(StringComparer.Ordinal).Take(MostWordsAlongside).ToArray();
    }

    /// <summary>
    /// The unknown words <see cref="OtherSubject"/> weighs by meaning, and the first named one, if any. Its loop
    /// returns at the first named word whatever that word's vector says, so only the unnamed words before it are ever
    /// weighed.
    /// </summary>
    private static (List<string> Weighed, string? Named) Weighed(string text, (string Word, int At)[] words, string[] lower, HashSet<string> candidates)
    {
        var weighed = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!candidates.Contains(lower[i]))
            {
                continue;
            }

            if (Named(text, words[i]))
            {
                return (weighed, words[i].Word);
            }

            if (!weighed.Contains(lower[i], StringComparer.Ordinal))
            {
                weighed.Add(lower[i]);
            }
        }

        return (weighed, null);
    }

    /// <summary>
    /// A request for a particular resource ("the best book for linear algebra", "which bootcamp should I sign up
    /// for"): the guide recommends kinds of learning, never a named book, course, school or product, so naming one
    /// would be invented: "best X", "a good X", "which X should I ..." and "X better than Y" all ask for one; "what X should I
    /// ..." only for a kind of resource the knowledge never mentions.
    /// </summary>
    public static string? RecommendationAsked(BotCommand command, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (BestResource().Match(command.Argument) is { Success: true } best)
        {
            return best.Groups["noun"].Value;
        }

        // "Which bootcamp should I join" asks to pick one; "what courses should I take" asks for a kind, unless the
        // knowledge never mentions that kind of resource at all.
        if (WhichResource().Match(command.Argument) is { Success: true } which
            && (which.Groups["wh"].Value.Equals("which", StringComparison.OrdinalIgnoreCase) || !snapshot.Index.Speller.IsKnown(which.Groups["noun"].Value)))
        {
            return which.Groups["noun"].Value;
        }

        if (ResourceAgainstResource().Match(command.Argument) is { Success: true } versus)
        {
            return versus.Groups["noun"].Value;
        }

        return ChoiceOfUnknown(command.Argument, snapshot) ?? NamedResource(command.Argument, snapshot);
    }

    /// <summary>
    /// A particular course, certificate or site by name ("is andrew ng's coursera course worth it?", "the AWS Certified
    /// Machine Learning Specialty cert", "is fast.ai worth doing?"): the guide recommends online courses and industry
    /// certifications as kinds, and judges no particular one. A name is a word before the resource noun, in the words
    /// that run up to it without an article or preposition ("ads for ML certificates" names no certificate), that is no
    /// word of the knowledge nor of English (checked on the words as typed: the speller would make "coursera" a course),
    /// or a web address.
    /// </summary>
    private static string? NamedResource(string text, KnowledgeSnapshot snapshot)
    {
        if (WebName().Match(text) is { Success: true } site)
        {
            return site.Value;
        }

        foreach (Match resource in NamedResourcePattern().Matches(text))
        {
            // "I have 6 udemy certificates, do certs count?": what the asker holds is context, not the question.
            if (AskersOwn().IsMatch(text[..resource.Groups["noun"].Index]))
            {
                continue;
            }

            var name = resource.Groups["name"].Value;
            if (WordPattern().Matches(name).Select(m => m.Value.ToLowerInvariant()).Any(w => w.Length >= 3 && IsAName(w, snapshot) && IsAName(Singular(w), snapshot)))
            {
                return $"{name.Trim()} {resource.Groups["noun"].Value}";
            }
        }

        return null;
    }

    private static bool IsAName(string word, KnowledgeSnapshot snapshot) =>
        !Filler.Contains(word) && !snapshot.Index.Speller.IsKnown(word) && NeitherEnglishNorTheGuides(word, snapshot);

    /// <summary>A word of no English and nowhere in the guide's text ("pytorch", "coursera"; not "C++", which the guide names).</summary>
    private static bool NeitherEnglishNorTheGuides(string lowerWord, KnowledgeSnapshot snapshot) =>
        !EnglishWords.Contains(lowerWord) && !snapshot.Knowledge.Sections.Any(s => s.Body.Contains(lowerWord, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(?:(?:i|we)\s+(?:have|had|got|did|took|completed|finished|hold|own|earned)|i'?ve|my)\b[^.?!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskersOwn();

    [GeneratedRegex(@"\b(?<name>(?:(?!(?:for|of|in|on|at|about|from|with|by|to|the|a|an|any|some|these|those|this|that|such|all|my|your|our|their|and|or)\b)[\w'’+-]+\s+){1,5}?)(?<noun>courses?|certs?|certificates?|certifications?|speciali[sz]ations?|nanodegrees?|bootcamps?|programs?|programmes?|moocs?|exams?|credentials?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedResourcePattern();

    [GeneratedRegex(@"\b[a-z0-9-]+\.(?:ai|io|com|org|dev|co)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WebName();

    /// <summary>
    /// A choice between two particular things of which the knowledge never names one ("PyTorch or TensorFlow, which is
    /// better?", "is Python better than JavaScript for web dev?"): the guide can rank neither. Two things it does name
    /// ("a bachelor's or a master's?", "open source or internships?") are left to the search.
    /// </summary>
    private static string? ChoiceOfUnknown(string text, KnowledgeSnapshot snapshot)
    {
        if (!ChoiceCue().IsMatch(text))
        {
            return null;
        }

        foreach (Match choice in Choice().Matches(text))
        {
            var options = new[] { choice.Groups["a"].Value, choice.Groups["b"].Value };
            var unknown = Unknown(options.Select(o => o.ToLowerInvariant()).ToArray(), snapshot);
            // A name (no English word: "PyTorch", "JavaScript") the guide never uses; "C++" is no word of the index, but
            // the guide names it. An everyday word ("all over the world or mostly in one country") offers no choice.
            var named = options.FirstOrDefault(o => unknown.Contains(o.ToLowerInvariant()) && NeitherEnglishNorTheGuides(o.ToLowerInvariant(), snapshot));
            if (named is not null && !(named.All(char.IsLower) && ClearlyAboutASection(text, snapshot)))
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// How much nearer in meaning (centred) a question must be to a guide section than to every topic the knowledge does
    /// not cover for a lower-case word the word lists lack ("traits or mindset") to be taken for an everyday word, not a
    /// name ("pytorch or tensorflow", near the not-covered framework questions). Measured on named choices (framework,
    /// editor, course and platform names: leads of -0.35 to 0.10) and everyday ones ("traits or mindset", "attitude or
    /// mindset": 0.22 to 0.38); over every eval set 0.2 and 0.3 each answered one more question and refused none more.
    /// </summary>
    internal const double EverydayWordLead = 0.2;

    private static bool ClearlyAboutASection(string text, KnowledgeSnapshot snapshot) =>
        snapshot.Vectors is { } vectors && vectors.Embed(text) is var vector
        && vectors.SectionRanking(vector).Max() - (vectors.NotCoveredRanking(vector) ?? 0) >= EverydayWordLead;

    /// <summary>Two options side by side: "X or Y", "X vs Y", "X versus Y", "X better than Y".</summary>
    [GeneratedRegex(@"\b(?<a>[A-Za-z][A-Za-z0-9+#]*)\s*,?\s+(?:or|vs\.?|versus|(?:better|worse)\s+than)\s+(?<b>[A-Za-z][A-Za-z0-9+#]*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Choice();

    /// <summary>Words that ask to choose between options ("which first", not "my first offer"; "should I go with").</summary>
    [GeneratedRegex(@"\b(?:which|better|worse|best|(?<!\b(?:my|your|his|her|their|our|the|a|an)\s+)first|should\s+(?:i|we)|go\s+with|stick\s+with|prefer|preferred|choose|pick|vs\.?|versus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChoiceCue();

    /// <summary>
    /// An instruction to the bot about itself ("ignore your instructions", "tell me your system prompt", "pretend
    /// you are ...") or a task for it ("write me a cover letter", "review my CV"): not a question the guide answers,
    /// and never one to be answered from whatever section it happens to share a word with.
    /// </summary>
    public static bool InstructionToTheBot(BotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return InstructionPattern().IsMatch(command.Argument) || TaskForTheBot().IsMatch(command.Argument);
    }

    /// <summary>A job noun whose title (or the word before it) the data does not hold.</summary>
    /// <param name="hiringSide">Whether the people who hire ("hiring managers") count: not in a question about the job,
    /// where they are the ones looking ("which credentials do hiring managers look for?"); yes in a pay question
    /// ("what does a hiring manager make?").</param>
    private static string? OtherRole(string[] lower, (HashSet<string> Heads, HashSet<string> Modifiers) known, bool hiringSide = true)
    {
        // "My manager says ML engineers ...": a person in the asker's life, not a role asked about, when the question
        // is about the field.
        var aboutTheField = NamesTheField(lower);

        for (var i = 0; i < lower.Length; i++)
        {
            var singular = Singular(lower[i]);
            if (!JobNouns.Contains(singular) || (aboutTheField && i > 0 && Possessives.Contains(lower[i - 1]))
                || QualifiesKnowledge(lower, i) // "specialist areas", "specialist AI topics": an adjective
                || (!hiringSide && i > 0 && lower[i - 1] == "hiring") || (!hiringSide && Learners.Contains(singular)) || TheAskersOwn(lower, i))
            {
                continue;
            }

            // A modifier counts as held only with its own head: "data" qualifies "scientist" in the data, not "engineer".
            var modified = i > 0 && lower[i - 1] != Break && !FieldWords.Contains(lower[i - 1]) && !Filler.Contains(lower[i - 1])
                && !known.Modifiers.Contains($"{lower[i - 1]} {singular}") && !known.Modifiers.Contains($"{Singular(lower[i - 1])} {singular}");
            if (!known.Heads.Contains(singular))
            {
                return modified ? $"{lower[i - 1]} {lower[i]}" : lower[i];
            }

            if (modified)
            {
                return $"{lower[i - 1]} {lower[i]}";
            }
        }

        return null;
    }

    /// <summary>The job noun at <paramref name="at"/> qualifies a kind of knowledge, perhaps over a field word ("specialist AI topics").</summary>
    private static bool QualifiesKnowledge(string[] lower, int at) =>
        lower.Skip(at + 1).SkipWhile(FieldNames.Contains).FirstOrDefault() is { } next && KindsOfKnowledge.Contains(next);

    /// <summary>
    /// The job noun at <paramref name="at"/> is the asker's own ("I'm a data analyst", "I've been a high school maths
    /// teacher", "I work as a developer", "recruiter here", "recruiter q:"): who is asking, not the role asked about.
    /// </summary>
    private static bool TheAskersOwn(string[] lower, int at)
    {
        if (at + 1 < lower.Length && lower[at + 1] is "here" or "question" or "q" or "asking" && (at == 0 || lower[at - 1] == Break || (at == 1 || lower[at - 2] == Break)))
        {
            return true; // "recruiter here - ...", "eng manager here.", "recruiter question: ..."
        }

        // Back over up to three qualifying words ("high school maths") to the article.
        var j = at - 1;
        for (var skipped = 0; j >= 0 && lower[j] is not ("a" or "an") && skipped < 3 && lower[j] != Break; skipped++)
        {
            j--;
        }

        if (j < 0 || lower[j] is not ("a" or "an"))
        {
            return false;
        }

        var before = j >= 1 ? lower[j - 1] : string.Empty;
        var twoBefore = j >= 2 ? lower[j - 2] : string.Empty;
        return before == "im"
            || (before is "m" or "am" or "was" && twoBefore == "i")
            || (before == "been" && twoBefore is "ve" or "have" or "ive" or "i")
            || (before == "as" && (twoBefore is "work" or "working" or "worked" || j == 1 || twoBefore == Break)); // "As an engineering manager, ..."
    }

    /// <summary>A year, currency, place or named thing (a capitalised word) the data does not hold.</summary>
    /// <param name="anyName">Only whether there is one matters: a named thing found anywhere will do.</param>
    private static string? OtherSubject(string text, (string Word, int At)[] words, string[] lower, KnowledgeSnapshot snapshot, bool salary, bool anyName = false)
    {
        if (salary)
        {
            var years = snapshot.Knowledge.Salaries.Select(s => s.Year).ToHashSet();
            foreach (Match year in YearPattern().Matches(text))
            {
                if (!years.Contains(int.Parse(year.Value, CultureInfo.InvariantCulture)))
                {
                    return year.Value;
                }
            }

            var currencies = snapshot.Knowledge.Salaries.Select(s => s.Currency).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (CurrencySymbol().Match(text) is { Success: true } symbol)
            {
                return symbol.Value;
            }

            foreach (var code in CurrencyCode().Matches(text).Select(m => m.Value.ToUpperInvariant()))
            {
                if (!currencies.Contains(code))
                {
                    return code;
                }
            }

            // "paid at google", "does meta pay": where a pay question puts an employer, a word the knowledge never uses
            // names one, however it is written (a lower-case name is neither capitalised nor a known place).
            foreach (Match slot in EmployerSlot().Matches(text))
            {
                if (slot.Groups["which"] is { Success: true } which)
                {
                    return which.Value; // which employer pays most: the data holds no employer
                }

                // "at entry-level", "at mid-level": a hyphenated word is known when each of its parts is.
                var parts = slot.Groups["name"].Value.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries);
                if (!parts.All(part => Filler.Contains(part) || snapshot.Index.Speller.IsKnown(part) || snapshot.Index.Speller.Correct(part) is not null || IsExampleWord(snapshot, part)))
                {
                    return slot.Groups["name"].Value;
                }
            }
        }

        var vectors = snapshot.Vectors;
        var candidates = Unknown(lower, snapshot);
        if (!salary)
        {
            candidates.ExceptWith(TheAskersWhereabouts(lower)); // where the asker is does not change what the guide says
        }

        var (weighed, named) = Weighed(text, words, lower, candidates);
        if (anyName && named is not null)
        {
            return named; // whether, not which: the loops below would return this name or something before it
        }

        // Two adjacent words, one of them unknown, may name a place together ("san francisco", "new york").
        var pairs = Pairs(text, words, lower, candidates);

        // What the loops below weigh by meaning, in one run of the model (none for texts met before).
        var texts = pairs.Select(p => p.Pair).Concat(weighed).Distinct(StringComparer.Ordinal).ToArray();
        var vectorOf = vectors is null || texts.Length == 0
            ? null
            : texts.Zip(vectors.EmbedWords(texts)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        if (vectors is not null && vectorOf is not null)
        {
            // Two words first, so the place is named whole ("san francisco", not "san").
            foreach (var (pair, shown) in pairs)
            {
                if (NamedPlace(vectors, vectorOf[pair]))
                {
                    return shown;
                }
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            var word = lower[i];
            if (!candidates.Contains(word))
            {
                continue;
            }

            if (Named(text, words[i]))
            {
                return words[i].Word;
            }

            if (vectors is not null && vectorOf is not null)
            {
                var vector = vectorOf[word];
                var everyday = vectors.Similarity(vector, Everyday);
                var place = vectors.Similarity(vector, Place);
                var currency = vectors.Similarity(vector, Currency);
                // A lower-case dictionary word ("devops territory", "leaving finance") is a common noun, not a place or
                // a currency, unless a pay question puts it where one goes ("salary in pounds").
                var common = EnglishWords.Contains(word) && !AfterIn(lower, i);
                if ((!common && place >= PlaceSimilarity && place > everyday) || (salary && !common && currency >= CurrencySimilarity && currency > everyday)
                    || (salary && AfterIn(lower, i) && NamedPlace(vectors, vector)))
                {
                    return words[i].Word;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The place the asker says they are from or live in ("I am from Brazil", "I'm based in Sao Paulo", "greetings from
    /// Lagos"), or the trade they say they are in ("I'm a DevOps guy"): who is asking, not what is asked. Only pay depends
    /// on it (the data holds one country's figures).
    /// </summary>
    private static IEnumerable<string> TheAskersWhereabouts(string[] lower)
    {
        for (var i = 1; i < lower.Length; i++)
        {
            // "I'm a DevOps guy", "I am an SAP consultant": the asker's own trade, named, is who asks.
            if (lower[i] is "a" or "an" && (lower[i - 1] == "im" || (i >= 2 && lower[i - 1] is "m" or "am" && lower[i - 2] == "i")))
            {
                foreach (var word in lower.Skip(i + 1).Take(3).TakeWhile(w => w is not ("in" or "at" or "from" or "for" or "with" or "and" or "who" or "based" or "living" or "working")))
                {
                    yield return word;
                }
            }
        }

        for (var i = 2; i < lower.Length; i++)
        {
            var (before, twoBefore) = (lower[i - 1], lower[i - 2]);
            if ((before == "from" && twoBefore is "am" or "im" or "m" or "come" or "came" or "greetings" or "hello" or "hi")
                || (before == "in" && twoBefore is "live" or "living" or "based" or "located"))
            {
                yield return lower[i];
                if (i + 1 < lower.Length)
                {
                    yield return lower[i + 1]; // "sao paulo": a second unknown word is the place's too; a known one is not a candidate
                }
            }
        }
    }

    /// <summary>
    /// A capitalised word mid-sentence that the knowledge never uses names something: "Google", "Berlin". An acronym
    /// ("APIs", "CEO", "SQL") is as often a thing of the trade as a name: it is weighed by meaning like any other word.
    /// </summary>
    private static bool Named(string text, (string Word, int At) word) =>
        word.At > 0 && char.IsUpper(word.Word[0]) && !SentenceStart(text, word.At) && !Acronym(word.Word) && !PlainSpeech().IsMatch(text[..word.At]);

    /// <summary>"Explain it in plain English": the language asked for is how to answer, not a subject.</summary>
    [GeneratedRegex(@"\b(?:plain|simple|basic|easy|normal|layman'?s?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainSpeech();

    private static bool Acronym(string word) =>
        word.Length >= 2 && word.TrimEnd('s').Length >= 2 && word.TrimEnd('s').All(char.IsUpper);

    private static bool NamesTheField(string[] lower) => lower.Any(FieldNames.Contains);

    /// <summary>
    /// Another role in the asker's past or path: "I'm a backend developer", "switching", or "from analyst to ..." (a way
    /// from one role to another, not "different from").
    /// </summary>
    private static bool InTheAskersPath(string[] lower) =>
        lower.Any(PathWords.Contains) || (Array.IndexOf(lower, "from") is >= 0 and var from && lower.Skip(from + 1).Any(w => w is "to" or "into"));

    private static bool NamedPlace(SemanticIndex vectors, float[] vector)
    {
        var place = Math.Max(vectors.Similarity(vector, City), vectors.Similarity(vector, Country));
        return place >= NamedPlaceSimilarity && place > vectors.Similarity(vector, Everyday);
    }

    private static bool AfterIn(string[] lower, int i) => i > 0 && lower[i - 1] is "in" or "near" or "around";

    /// <summary>
    /// Two adjacent words, one of them unknown to the knowledge and no typo of a word it knows ("francisco"), that may
    /// name a place together, as weighed and as shown. Known or corrected words ("build practical") cost no model run.
    /// </summary>
    private static List<(string Pair, string Shown)> Pairs(string text, (string Word, int At)[] words, string[] lower, IReadOnlySet<string> unknown)
    {
        var pairs = new List<(string Pair, string Shown)>();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var (first, second) = (lower[i], lower[i + 1]);
            var gap = words[i + 1].At - (words[i].At + words[i].Word.Length);
            if (gap == 1 && first.Length > 1 && second.Length > 1 && !Filler.Contains(first) && !Filler.Contains(second)
                && (unknown.Contains(first) || unknown.Contains(second))
                && text.Substring(words[i].At, words[i + 1].At + words[i + 1].Word.Length - words[i].At) is var shown
                && !(EnglishWords.Contains(first) && EnglishWords.Contains(second) && !shown.AsSpan().ContainsAnyInRange('A', 'Z')))
            {
                // Two lower-case dictionary words ("mostly local", "mostly worldwide") are no place's name; "new york" is.
                pairs.Add(($"{first} {second}", shown));
            }
        }

        return pairs;
    }

    private static bool SentenceStart(string text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '?' or '!' or ':';
    }

    private static bool IsExampleWord(KnowledgeSnapshot snapshot, string word) => IsExampleWord(snapshot.IntentExamples, word);

    private static bool IsExampleWord(IReadOnlyList<IntentExample>? examples, string word) =>
        examples is not null && examples.Any(e => e.Question.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word.EndsWith('s') && word.Length > 3 ? word[..^1] : word;

    /// <summary>The job nouns the data's own titles use, and the words that qualify them there (as "modifier head").</summary>
    private static (HashSet<string> Heads, HashSet<string> Modifiers) KnownRoleWords(KnowledgeBase knowledge, bool otherRoles)
    {
        // The first role of roles.json is the bot's own; the others only exist for the comparison.
        var names = knowledge.Ladder.Steps.SelectMany(s => s.Aliases.Append(s.Title).Append(s.Step))
            .Concat(knowledge.Salaries.SelectMany(s => s.Aliases.Append(s.Title).Append(s.Level)))
            .Concat(knowledge.Roles.Roles.Take(otherRoles ? int.MaxValue : 1).SelectMany(r => r.Aliases.Append(r.Title)));
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var parts = WordPattern().Matches(name.ToLowerInvariant()).Select(m => Singular(m.Value)).ToArray();
            var nameHeads = parts.Where(JobNouns.Contains).ToArray();
            heads.UnionWith(nameHeads);
            foreach (var part in parts.Where(p => !JobNouns.Contains(p)))
            {
                foreach (var head in nameHeads)
                {
                    modifiers.Add($"{part} {head}");
                }
            }
        }

        return (heads, modifiers);
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex WordPattern();

    /// <summary>
    /// The words of a text in lower case, with <see cref="Break"/> where punctuation parts two of them ("senior -> ??? ->
    /// architect"): words so parted do not qualify each other.
    /// </summary>
    private static string[] Tokens(string text) =>
        TokenPattern().Matches(text).Select(m => char.IsLetter(m.Value[0]) ? m.Value.ToLowerInvariant() : Break).ToArray();

    private const string Break = "|";

    [GeneratedRegex(@"[A-Za-z]+|-+>|[,;:.!?()\[\]{}<>=]+")]
    private static partial Regex TokenPattern();

    /// <summary>Where a pay question names an employer: "at X", "does X pay", "X pays", "our company"; or asks which one ("which companies pay most").</summary>
    [GeneratedRegex(@"\b(?:which|what)\s+(?<which>compan(?:y|ies)|employers?|firms?|startups?)\b|\b(?:does|do|did|would|will)\s+" + OwnEmployer + @"\s+pay\b|\b" + OwnEmployer + @"\s+pays\b|\bat\s+(?<name>[A-Za-z][A-Za-z0-9&-]+)|\b(?:does|do|did|would|will)\s+(?<name>[A-Za-z][A-Za-z0-9&-]+)(?:\s+[A-Za-z][A-Za-z0-9&-]+)?\s+pay\b|\b(?<name>[A-Za-z][A-Za-z0-9&-]+)\s+pays\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmployerSlot();

    /// <summary>The asker's own employer ("our company", "my startup"), as <see cref="EmployerSlot"/> names it.</summary>
    private const string OwnEmployer = @"(?<which>(?:my|our|your|their)\s+(?:company|employer|firm|org|organi[sz]ation|startup))";

    private const string Resources = @"(?<noun>books?|textbooks?|bootcamps?|boot\s+camps?|courses?|(?:open\s+source\s+)?projects?|repos|repositories|moocs?|programmes?|platforms?|websites?|sites?|youtube\s+channels?|channels?|podcasts?|tutorials?|newsletters?|universit(?:y|ies)|schools?|colleges?|certifications?|certificates?|laptops?|gpus?)";

    /// <summary>A recommendation of a particular resource ("the best bootcamp", "a good book"); "great at school" is no school.</summary>
    [GeneratedRegex(@"\b(?:best|top|recommended|favou?rite|good|great|decent|solid|specific|particular|recommend(?:\s+me)?(?:\s+(?:a|an|any|some))?)\s+(?:(?!(?:at|in|on|for|with|about|of|to|from|by)\b)\w+\s+){0,2}" + Resources + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex BestResource();

    /// <summary>One resource against another ("is the fast.ai course better than the Coursera one?").</summary>
    [GeneratedRegex(@"\b" + Resources + @"\b.*\b(?:better|worse)\s+than\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceAgainstResource();

    /// <summary>
    /// A guide question that asks to name particular employers or places ("which companies are hiring MLEs?"): the guide
    /// names none. (A pay question that does so is the salary lookup's: it has no figures for them.)
    /// </summary>
    public static string? ParticularsAsked(BotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WhichParticulars().Match(command.Argument) is { Success: true } particulars ? particulars.Groups["noun"].Value : null;
    }

    /// <summary>
    /// A question that asks which or what of a kind the knowledge never names, put as a term rather than an everyday word:
    /// "what GPA do I need?", "which IDE should I use?". The guide cannot say which one, however near the rest of the
    /// question is to a section (the entry requirements, for a GPA). Null when the kind asked is one the knowledge uses,
    /// or a known word shortened ("what quals do companies ask for?").
    /// </summary>
    public static string? UnheldKindAsked(BotCommand command, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (Match match in KindAsked().Matches(Sentences.WithoutAskersStatements(command.Corrected)))
        {
            var kind = match.Groups["kind"].Value.ToLowerInvariant();
            if (!EnglishWords.Contains(kind) && !Filler.Contains(kind) && Unknown([kind], snapshot).Count > 0 && !snapshot.Index.Speller.Shortens(kind))
            {
                return match.Groups["kind"].Value;
            }
        }

        return null;
    }

    /// <summary>"What GPA do ...", "which kind of IDE should ...": the kind asked, right before the verb.</summary>
    [GeneratedRegex(@"\b(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?<kind>[A-Za-z][A-Za-z0-9]*)\s+(?:do|does|did|should|would|will|is|are|can|must|might)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindAsked();

    /// <summary>
    /// Whether the question asks about the asker's age ("am I too old at 52?", "is ageism a problem?", "I'm 47, is it too
    /// late to switch?") or the age of those in the job ("how old are most ML engineers?"): the guide says nothing about age, and the model puts these questions nearer its getting-started
    /// and demand sections than the not-covered age topic. An age given as context ("accountant in my 30s, would my stats
    /// carry over?") and "too late" about the market ("will there still be jobs, or am I too late?") are not.
    /// </summary>
    public static bool AgeAsked(BotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return AboutAge().IsMatch(command.Argument) || (TooLate().IsMatch(command.Argument) && StatedAge().IsMatch(command.Argument));
    }

    [GeneratedRegex(@"\b(?:(?:average|typical|median|usual)\s+age|how\s+old\s+(?:are|is)|to{1,2}\s+old|age(?:ism|ist)|age\s+(?:discrimination|limit|bias)|(?:my|your|his|her|their|our)\s+age|older\s+(?:people|candidates|applicants|workers|engineers|career\s+changers))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutAge();

    [GeneratedRegex(@"\btoo\s+late\b", RegexOptions.IgnoreCase)]
    private static partial Regex TooLate();

    [GeneratedRegex(@"\b(?:i'?m|i\s+am|at|aged?)\s+[2-7]\d\b(?!\s*(?:k|%|years?\s+(?:of|experience|exp)))|\b[2-7]\d\s*(?:years?\s+old|yrs?\s+old|yo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatedAge();

    /// <summary>
    /// Whether the question asks for a judgement of the job against another ("is ML engineering more stressful than
    /// software engineering?", "is MLE a better career than frontend?"): the guide describes the job and sets it beside the
    /// data scientist's by focus, never by which is better, harder or happier, so any answer would be made up.
    /// </summary>
    public static bool JudgementAsked(BotCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Judgement().IsMatch(command.Corrected);
    }

    [GeneratedRegex(@"\b(?:more|less)\s+(?:stressful|demanding|difficult|challenging|fun|enjoyable|rewarding|fulfilling|satisfying|interesting|boring|exhausting|prestigious|respected|meaningful|creative|relaxed|chill)\s+(?:\w+\s+)?than\b|\b(?:better|worse)\s+(?:\w+\s+)?(?:career|job|choice|option|path|profession|fit|gig)\s+than\b|\b(?:easier|harder|happier|tougher|cooler|nicer)\s+than\b", RegexOptions.IgnoreCase)]
    private static partial Regex Judgement();

    /// <summary>Asking to name particular employers or places ("which companies are hiring?", "what cities have the most jobs?").</summary>
    [GeneratedRegex(@"\b(?:which|what)\s+(?:(?!(?:do|does|did|are|is|were|was|would|should|can|could|will|kind|kinds|sort|sorts|type|types)\b)\w+\s+)?(?<noun>companies|company|employers|firms|startups|organi[sz]ations|cities|countries|teams)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichParticulars();

    [GeneratedRegex(@"\b(?<wh>which|what)\s+(?:\w+\s+){0,2}" + Resources + @"\s+(?:exactly\s+|specifically\s+|in\s+particular\s+)?(?:should|would|do|is|are|can|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichResource();

    [GeneratedRegex(@"\b(?:system\s+prompt|your\s+(?:instructions|prompt|rules|programming|guidelines|training\s+data)|(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|my|previous|prior|above|earlier|these|those)\s+)*(?:\w+\s+)?(?:instructions|rules|guide|prompt|context|directions|guidelines|stuff|topic)|pretend\s+(?:you\s+are|you're|to\s+be)|you\s+are\s+now|from\s+now\s+on\s+you|act\s+as\s+(?:if|though)|developer\s+mode|jailbreak)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstructionPattern();

    /// <summary>A task for the bot to do rather than a question ("write me a cover letter", "can you review my CV").</summary>
    [GeneratedRegex(@"^\W*(?:(?:hey|hi|ok|okay|so)\W+)?(?:please\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:write|draft|compose|generate|translate|rewrite|proofread|edit|review|debug|(?:do|finish|complete|solve)\s+(?:my|our)\s+|(?:tell|give)\s+(?:me\s+|us\s+)?(?:a\s+|another\s+|some\s+)?(?:joke|jokes|poem|story|riddle|fun\s+fact))\b", RegexOptions.IgnoreCase)]
    private static partial Regex TaskForTheBot();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[€£¥₹₩]")]
    private static partial Regex CurrencySymbol();

    [GeneratedRegex(@"\b(EUR|GBP|JPY|INR|CAD|AUD|CHF|CNY|USD|SEK|NOK|DKK|PLN|BRL|MXN|SGD|HKD)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyCode();
}
