using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary>
/// The honest answer to a lookup about something the data does not hold (<see cref="ScopeCheck"/>):
/// not answered, says plainly what has no figures, then what the knowledge does have.
/// </summary>
internal static class ScopeReply
{
    /// <summary>The reply when the question is out of the lookup's scope; null when it is in scope.</summary>
    public static Reply? Check(BotCommand command, KnowledgeSnapshot snapshot)
    {
        var (intent, salary, otherRoles) = command.Name switch
        {
            CommandNames.Salary or CommandNames.SalaryCompare => (Intent.Salary, true, false),
            CommandNames.Path => (Intent.Path, false, false),
            CommandNames.Skills => (Intent.Skills, false, false),
            CommandNames.Compare => (Intent.Compare, false, true),
            _ => (Intent.Ask, false, false),
        };
        // Typed commands ("salary tokyo", "path from X") keep their handlers' own "I don't know that level", which
        // echoes (inertly) what was typed.
        // A level the pay data lacks beside ones it has ("staff, between senior and principal") is still not held.
        // The comparison has no "I don't know that role" of its own: a typed "compare data engineer" is checked here too.
        if (intent == Intent.Ask || (command.Explicit && intent != Intent.Compare)
            || (ScopeCheck.Unheld(command, snapshot, salary, otherRoles, skillsOnly: intent == Intent.Skills)
                ?? (intent is Intent.Salary or Intent.Path ? UnheldBesideHeld(Phrase.Of(command.Corrected), snapshot.Knowledge, salary) : null)) is not { } thing)
        {
            return null;
        }

        var knowledge = snapshot.Knowledge;
        if (intent == Intent.Compare && ScopeCheck.TheGuideSpeaksOf(thing, knowledge))
        {
            return null; // "basically a software engineer or a data scientist?": the guide speaks of software engineering
        }

        thing = UserText.Mark(thing); // the user's own words: marked, so no platform renders them as markup
        var (missing, have, followUp) = intent switch
        {
            Intent.Salary => (
                $"The knowledge has no salary figures for {thing}.",
                $"I have {Year(knowledge)} ML engineer medians ({string.Join("/", knowledge.Salaries.Select(s => s.Currency).Distinct())}) by level: "
                    + string.Join("; ", knowledge.Salaries.Select(b => $"{b.Title} {Money.Range(b)}")) + ".",
                new FollowUp("Salaries by level", "salary")),
            Intent.Path => (
                LevelMatcher.LadderSteps(Phrase.Of(command.Corrected), knowledge.Ladder).Count > 0
                    ? $"The ML engineering ladder in my knowledge has no {thing} rung."
                    : $"The knowledge has no career ladder for {thing}.",
                "I have the ML engineering ladder: " + string.Join(" → ", knowledge.Ladder.Steps.Select(s => s.Title)) + ".",
                new FollowUp("Career ladder", "path")),
            Intent.Skills => (
                $"The knowledge lists no skills for {thing}.",
                "I have the skills an ML engineer needs: " + string.Join(", ", knowledge.SkillAreas.Select(a => a.Title)) + ".",
                new FollowUp("Skills", "skills")),
            _ => (
                $"The knowledge has no comparison for {thing}.",
                "I can compare " + string.Join(" with ", knowledge.Roles.Roles.Select(r => r.Title)) + ".",
                new FollowUp("Compare the roles", "compare")),
        };
        return new Reply(
            intent,
            false,
            "Not in my knowledge",
            [ReplyBlock.Prose(missing), ReplyBlock.Prose(have)],
            null,
            [],
            [],
            [followUp, new FollowUp("What else can I ask?", "help")]);
    }

    /// <summary>
    /// The honest answer to "what is X?" when the guide only names X in a list (<see cref="ScopeCheck.DefinitionAsked"/>):
    /// not answered, and where the guide names it.
    /// </summary>
    public static Reply Unexplained(string term, GuideSection section, string item) => new(
        Intent.Ask,
        false,
        "Not in my knowledge",
        [
            ReplyBlock.Prose($"My guide names {UserText.Mark(term)} but does not explain it: it lists \"{item}\" under {section.Heading}."),
            ReplyBlock.Prose("I'd rather say so than make up a definition."),
        ],
        null,
        [],
        [],
        [new FollowUp(section.Heading.Length <= 60 ? section.Heading : section.Heading[..57] + "...", $"ask {section.Heading}"), new FollowUp("What else can I ask?", "help")]);

    /// <summary>
    /// An unheld level in a question that also names held ones: a pay band ("staff, between senior and principal"; alone,
    /// the salary handler names it itself) or a rung of the ladder ("is staff ML engineer above or below senior?").
    /// </summary>
    private static string? UnheldBesideHeld(Phrase phrase, KnowledgeBase knowledge, bool salary) =>
        (salary ? LevelMatcher.SalaryLevels(phrase, knowledge.Salaries).Count : LevelMatcher.LadderSteps(phrase, knowledge.Ladder).Count) > 0
            ? ScopeCheck.UnheldLevel(phrase, knowledge)
            : null;

    private static string Year(KnowledgeBase knowledge) =>
        string.Join("/", knowledge.Salaries.Select(s => s.Year).Distinct().Order());
}
