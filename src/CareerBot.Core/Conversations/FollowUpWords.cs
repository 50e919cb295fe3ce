using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Conversations;

/// <summary>
/// The words of conversation, not of any topic: how a follow-up starts, refers back or asks for more.
/// They decide whether a question has a subject of its own; they never name one.
/// </summary>
internal static partial class FollowUpWords
{
    /// <summary>Openings that continue the previous question ("and for lead?", "what about the maths?").</summary>
    public static readonly string[] Continuations =
        ["and what about", "and how about", "and for", "and then", "what about", "how about", "what of", "same for", "same question for", "same with", "and", "also", "but", "plus", "or"];

    /// <summary>Openings that carry nothing ("ok and for lead?"): stripped, but they alone do not make a follow-up.</summary>
    public static readonly string[] Fillers = ["ok", "okay", "cool", "great", "nice", "thanks", "thank you", "right", "hmm", "so", "alright"];

    /// <summary>Words that point back at the previous subject.</summary>
    public static readonly string[] References = ["that", "it", "its", "this", "those", "these", "them", "they", "their", "the two", "both", "which one", "which of them"];

    /// <summary>The previous answer set aside by a reference to it: "besides that", "apart from those", "other than this?".</summary>
    [GeneratedRegex(@"\b(?:beyond|besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|on\s+top\s+of|in\s+addition\s+to)\s+(?:that|this|those|these|it|them)\s*(?:[,.;:?!]|$)", RegexOptions.IgnoreCase)]
    public static partial Regex SetsAsideTheAnswer();

    /// <summary>Asking to choose among the items of the previous answer ("which of these is about images?").</summary>
    public static readonly string[] Choices = ["which of those", "which of these", "which one of those", "which one of these", "which ones of those", "which ones of these"];

    /// <summary>Asking for more of the same, or the reason for it.</summary>
    public static readonly string[] MoreOfTheSame =
        ["why", "more", "elaborate", "explain", "expand", "detail", "details", "example", "examples", "go on", "continue", "how so", "how come", "what else", "anything else", "like what", "such as", "say more"];

    /// <summary>
    /// Asking which item comes first or ranks highest by some measure ("which of those should I learn first?", "which one
    /// matters most?", "the hardest part", "the easiest way in", "which should I start with?"): the guide's lists name
    /// their items side by side, in no order of importance, difficulty or priority (the ladder and the pay bands are in
    /// order, and are not read by this).
    /// </summary>
    [GeneratedRegex(@"\b(?:first|most|least|best|worst|better|worse|main|top|priorit\w*|(?:start|begin|focus)\s+(?:with|on)|(?!(?:interest|request|test|suggest|invest|honest|rest|guest|forest|quest|west|chest|nest|digest|manifest|protest|contest|harvest|modest|arrest|ingest|attest)\b)[a-z]{2,}est)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Ranking();

    /// <summary>Words that compare two things ("who earns more?"), asked of the two roles of a comparison.</summary>
    public static readonly string[] Comparisons = ["more", "less", "better", "worse", "higher", "lower", "most", "best"];

    /// <summary>Words that make a sentence a question of its own ("what does a lead do?") rather than a bare subject ("and lead?").</summary>
    public static readonly string[] QuestionWords =
        ["what", "whats", "how", "why", "which", "who", "when", "where", "does", "do", "did", "is", "are", "was", "were", "can", "could", "should", "would", "will", "tell", "describe"];

    /// <summary>Names of the field itself: "and a lead ML engineer?" names no subject beyond the level.</summary>
    public static readonly string[] FieldWords =
        ["ml", "machine", "learning", "engineer", "engineers", "engineering", "mle", "mles", "ai", "role", "roles", "job", "jobs", "career", "field", "position", "positions", "level", "levels", "folks", "one", "ones", "for", "at", "a", "an", "the"];

    /// <summary>Nouns that only frame a subject ("the coding side", "the maths part", "on the pay front"): no subject themselves.</summary>
    public static readonly string[] AspectWords = ["side", "sides", "part", "parts", "front", "aspect", "aspects", "bit", "bits", "stuff", "things", "thing", "area", "angle"];

    /// <summary>Asking how long something takes: answered only by an answer that states a duration.</summary>
    public static readonly string[] Duration =
        ["how long", "how many years", "how many months", "how many weeks", "how much time", "how quickly", "how fast", "how soon", "timeline", "time frame", "timeframe", "typical time", "average time", "usual time", "time it takes", "time does it take"];

    /// <summary>
    /// Whether a text asks how long something takes. "How fast is the field growing?" asks a rate of change, which a
    /// passage on growth answers, not a duration.
    /// </summary>
    public static bool AsksDuration(Phrase text) =>
        text.HasAny(Duration) && Phrase.Of(RateOfChange().Replace(text.Padded, " ")).HasAny(Duration);

    [GeneratedRegex(@" how (?:fast|quickly) (?:is|are|has|have|was|were) ")]
    private static partial Regex RateOfChange();

    /// <summary>Asking how often something happens ("how often do ML engineers get raises?"): answered only by a stated frequency.</summary>
    public static readonly string[] Frequency = ["how often", "how frequently", "how many times"];

    /// <summary>A stated frequency: "every year", "twice a year", "annually", "3 times per year".</summary>
    [GeneratedRegex(@"(?:every\s+(?:\d+\s+)?(?:day|week|month|quarter|year)s?|(?:once|twice|\d+\s+times)\s+(?:a|per|each)\s+\w+|annually|yearly|monthly|weekly|quarterly)", RegexOptions.IgnoreCase)]
    public static partial Regex StatedFrequency();

    /// <summary>Asking what something costs: answered only by an answer that states an amount of money.</summary>
    public static readonly string[] Price = ["cost", "costs", "price", "prices", "priced", "fee", "fees", "tuition"];

    /// <summary>
    /// Asking what something is worth in money ("how much are those stock options worth?", "how big are those bonuses?"):
    /// answered only by an answer that states an amount; the salary bands are what a level is worth.
    /// </summary>
    [GeneratedRegex(@"\bhow\s+much\b[^?.!;]*\bworth\b(?!\s+it\b)|\bhow\s+(?:big|large|generous|high|sizable|sizeable)\s+(?:\w+\s+){0,3}?(?:bonus(?:es)?|equity|stock|options|rsus?|grants?|packages?|perks|benefits)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Worth();

    /// <summary>
    /// Asking what pay figures count ("does that include bonuses and stock?", "is that base only or total comp?", "before
    /// or after tax?"): the salary data gives medians by level and says nothing of what they include.
    /// </summary>
    [GeneratedRegex(@"\b(?:include|includes|including|cover|covers|count|counts)\b[^?.!;]*\b(?:bonus(?:es)?|stock|equity|options|rsus?|benefits|tax(?:es)?)\b|\bbefore\s+or\s+after\b|\b(?:before|after)\s+tax(?:es)?\b|\bpre-?tax\b|\b(?:just|only)\s+(?:the\s+)?base\b|\bbase\s+(?:pay|salary)?\s*only\b|\btotal\s+comp(?:ensation)?\b|\b(?:gross|net)\b", RegexOptions.IgnoreCase)]
    public static partial Regex FiguresBasis();

    /// <summary>Words of getting to a level ("what about once you're an architect?", "and when you become senior?"): no subject themselves.</summary>
    public static readonly string[] ReachingWords = ["become", "becomes", "becoming", "reach", "reaches", "reaching", "promoted", "youre", "re", "im", "m"];

    /// <summary>Words that carry no subject of their own, for the residue test.</summary>
    public static readonly FrozenSet<string> NoSubject = Search.QueryStopWords.Words
        .Concat(References).Concat(FieldWords).Concat(QuestionWords).Concat(AspectWords).Concat(ReachingWords)
        .Concat(Continuations.Concat(Fillers).Concat(MoreOfTheSame).SelectMany(p => p.Split(' ')))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// One band or rung up or down from the previous subject ("and one level above that?", "the next level up?", "one
    /// step down?"): +1, -1, or 0 when the question moves nowhere.
    /// </summary>
    public static int Step(Phrase text)
    {
        var padded = text.Padded;
        return StepUp().IsMatch(padded) ? 1 : StepDown().IsMatch(padded) ? -1 : 0;
    }

    /// <summary>
    /// "the last one on that list", "the top one of those", "the first one": +1 for the end of the previous answer's list,
    /// -1 for its start, null when the question points at neither.
    /// </summary>
    public static int? EndOfAList(Phrase text)
    {
        var padded = text.Padded;
        return !PointsAtAList().IsMatch(padded) ? null : LastOne().IsMatch(padded) ? 1 : FirstOne().IsMatch(padded) ? -1 : null;
    }

    [GeneratedRegex(@" (?:that|the|this|those|these|your) list | of (?:those|these|them) | (?:last|final|top|first|bottom) one ")]
    private static partial Regex PointsAtAList();

    [GeneratedRegex(@" (?:last|final|top|highest) (?:one|item|entry|title|role) ")]
    private static partial Regex LastOne();

    [GeneratedRegex(@" (?:first|bottom|lowest) (?:one|item|entry|title|role) ")]
    private static partial Regex FirstOne();

    [GeneratedRegex(@" (?:(?:level|step|band|rung|notch|grade) (?:up|above|higher)|(?:next|higher) (?:level|step|band|rung|grade|one)|one (?:up|above|higher)|step up|(?:level|one|step|band) above) ", RegexOptions.None)]
    private static partial Regex StepUp();

    [GeneratedRegex(@" (?:(?:level|step|band|rung|notch|grade) (?:down|below|lower)|(?:previous|lower) (?:level|step|band|rung|grade|one)|one (?:down|below|lower)|step down|(?:level|one|step|band) below) ", RegexOptions.None)]
    private static partial Regex StepDown();

    /// <summary>
    /// Asking for a count or a share ("what percent of ML jobs are remote?", "how many RSUs", "the projected growth
    /// rate"): answered only by an answer that states a number. Counting the ladder's own steps or levels is a lookup,
    /// and a share the asker gives ("is it 100% python these days?") is not asked for.
    /// </summary>
    [GeneratedRegex(@"\bhow\s+many\b(?!\s+(?:\w+\s+)?(?:steps?|levels?|rungs?|stages?|titles?|roles?|positions?|bands?|promotions?|skills?|areas?|years?|months?|weeks?|days?|hours?|money|dollars?|usd|salary|pay|cash|income)\b)|(?<!\d\s?)\bper\s?cent(?:age)?\b|(?<!\d\s?)%|\b(?:what|which)\s+(?:share|proportion|fraction|ratio)\b|\bgrowth\s+rate\b|\bhow\s+much\s+(?:equity|stock|rsus?|bonus(?:es)?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Quantity();

    /// <summary>Whether a text states a number other than money or a year ("2 on the ladder", "40%"): what answers a <see cref="Quantity"/>.</summary>
    public static bool StatedCount(string text) => MoneyOrYear().Replace(text, " ").Any(char.IsDigit);

    [GeneratedRegex(@"[$€£¥]\s?[\d,.]+\+?|\b(?:19|20)\d{2}\b")]
    private static partial Regex MoneyOrYear();

    /// <summary>A stated duration: "6 months", "2-3 years", "a few weeks".</summary>
    [GeneratedRegex(@"\b(\d+(\s*(-|to)\s*\d+)?|a|one|two|three|four|five|six|a few|several)\s+(years?|months?|weeks?|days?|hours?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex StatedDuration();

    /// <summary>A stated amount of money: "$90,000", "120k USD".</summary>
    [GeneratedRegex(@"[$€£¥]\s?\d|\b\d[\d,.]*\s?(k|usd|eur|gbp|dollars?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex StatedAmount();
}
