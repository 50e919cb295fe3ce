using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Keeps each conversation's last answered subject in an <see cref="IConversationStore"/>, keyed by platform
/// and conversation id, and resolves follow-ups against it with <see cref="FollowUpResolver"/>. Unanswered
/// questions and help do not replace the subject: "and for lead?" still follows a salary question after an
/// off-topic one.
/// </summary>
internal sealed class ConversationMemory(IConversationStore store, ILogger<ConversationMemory> logger) : IConversationMemory
{
    public async ValueTask<ConversationTurn> BeginAsync(ChatRequest request, BotCommand command, KnowledgeSnapshot snapshot, Func<string, BotCommand> parse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(parse);
        var key = KeyOf(request);
        if (key is null || await store.GetAsync(key, cancellationToken) is not { } previous)
        {
            return new ConversationTurn(key, command);
        }

        var followUp = FollowUpResolver.Resolve(command, previous, snapshot.Knowledge, parse, word => UnknownTopic(word, snapshot));
        if (followUp is null)
        {
            return new ConversationTurn(key, command, previous);
        }

        Log.FollowUp(logger, request.Platform, previous.Command);
        return new ConversationTurn(key, parse(followUp.Question) with { Explicit = false, Besides = followUp.Besides }, previous, followUp);
    }

    public async ValueTask<Reply> CompleteAsync(ConversationTurn turn, Reply reply, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(snapshot);
        // A question that asks how long or how much something costs is answered only by an answer that states a
        // duration or a price: a passage about the subject that gives neither is not its answer.
        var asked = Phrase.Of(turn.Command.Corrected);
        // A salary's "a year" is a rate, not how long anything takes ("how long until I make lead?").
        if (reply.Answered && (turn.FollowUp is { AsksDuration: true } || FollowUpWords.AsksDuration(asked))
            && (reply.Intent == Intent.Salary || !FollowUpWords.StatedDuration().IsMatch(PlainTextRenderer.RenderAnswer(reply))))
        {
            var about = turn.Previous?.Topic ?? (reply.Intent == Intent.Salary ? null : reply.Title);
            return NoFigure(about is null ? "how long that takes" : $"how long that takes ({about})", snapshot.Knowledge);
        }

        if (reply.Answered && asked.HasAny(FollowUpWords.Frequency) && !FollowUpWords.StatedFrequency().IsMatch(PlainTextRenderer.RenderAnswer(reply)))
        {
            // "how often do ML engineers get raises?": the salary bands say what a level pays, not how often pay rises.
            return NoFigure(reply.Intent == Intent.Salary ? "how often that happens" : $"how often that happens ({reply.Title})", snapshot.Knowledge);
        }

        if (reply.Answered && reply.Intent is not Intent.Path && FollowUpWords.Quantity().IsMatch(turn.Command.Corrected)
            && (reply.Intent == Intent.Salary || !FollowUpWords.StatedCount(PlainTextRenderer.RenderAnswer(reply))))
        {
            // "what percent of ML jobs are remote?": a passage on remote work that gives no number is not its answer,
            // and the salary figures are not a count of RSUs.
            return NoFigure($"that number (the nearest it has is {reply.Title})", snapshot.Knowledge);
        }

        if (reply.Answered && asked.HasAny(FollowUpWords.Price) && (reply.Intent == Intent.Salary || !FollowUpWords.StatedAmount().IsMatch(PlainTextRenderer.RenderAnswer(reply))))
        {
            // A salary is what the job pays, not what something costs.
            return NoFigure($"what that costs ({reply.Title})", snapshot.Knowledge);
        }

        if (reply.Answered && reply.Intent == Intent.Salary && turn.FollowUp is { AsksWhatFiguresInclude: true })
        {
            // "does that include bonuses and stock?": the bands are medians by level; what they count is not said.
            return NoFigure($"what those figures include, such as bonuses, stock or tax ({reply.Title}: 2025 medians by level)", snapshot.Knowledge);
        }

        if (reply.Answered && reply.Intent != Intent.Salary && FollowUpWords.Worth().IsMatch(turn.Command.Corrected) && !FollowUpWords.StatedAmount().IsMatch(PlainTextRenderer.RenderAnswer(reply)))
        {
            // "how much are stock options usually worth?": the guide names them among the benefits, and puts no value on them.
            return NoFigure($"what that is worth ({reply.Title})", snapshot.Knowledge);
        }

        if (reply.Answered && turn.FollowUp?.Pick is { } paid && Phrase.Of(paid).HasAny(IntentClassifier.MoneyWords) && reply.Intent != Intent.Salary
            && !FollowUpWords.StatedAmount().IsMatch(PlainTextRenderer.RenderAnswer(reply)))
        {
            // "which of those pays the best?" after the industry trends: the guide puts no pay on any of them.
            return NoFigure($"what each of those pays ({reply.Title})", snapshot.Knowledge);
        }

        if (reply.Answered && turn.FollowUp?.Pick is { } ranked && reply.Intent is not (Intent.Path or Intent.Salary) && FollowUpWords.Ranking().IsMatch(ranked))
        {
            // "which of those should I learn first?", "which one matters most?": the guide ranks nothing but the ladder and pay.
            return NoFigure($"which of those comes first or matters most ({reply.Title} names them side by side)", snapshot.Knowledge);
        }

        if (reply.Answered && turn.FollowUp?.Pick is { } pick && Picked(pick, reply, snapshot) is { } item)
        {
            reply = reply with { Paragraphs = [ReplyBlock.Prose($"Of those: {item}."), .. reply.Paragraphs] };
        }

        if (turn.Key is not null && reply.Answered && reply.Intent != Intent.Help)
        {
            await store.SetAsync(turn.Key, StateOf(turn.Command, turn.FollowUp?.Question, reply, snapshot.Knowledge), cancellationToken);
        }

        return reply;
    }

    /// <summary>
    /// A word neither the guide (in any form or spelling) nor any example question uses: a topic of its own ("tax"), not a
    /// word of asking about the knowledge ("title", "list", "step").
    /// </summary>
    private static bool UnknownTopic(string word, KnowledgeSnapshot snapshot)
    {
        var index = snapshot.Index;
        if (index.Speller.IsKnown(word) || index.Speller.Correct(word) is not null || index.Stems(word).Any(index.Contains))
        {
            return false;
        }

        var examples = ExampleWords.GetValue(snapshot, ExampleWordsOf);
        return !examples.Contains(word) && !index.Stems(word).Any(examples.Contains);
    }

    /// <summary>The words of every example question (intents and sections), once per knowledge snapshot.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeSnapshot, HashSet<string>> ExampleWords = [];

    private static HashSet<string> ExampleWordsOf(KnowledgeSnapshot snapshot) =>
        (snapshot.IntentExamples ?? []).Select(e => e.Question)
            .Concat(snapshot.Knowledge.Sections.SelectMany(s => s.Questions ?? []))
            .SelectMany(q => Phrase.Of(q).Words)
            .SelectMany(w => snapshot.Index.Stems(w).Append(w))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Platform and conversation: ids of two platforms never meet. No conversation id, no memory.</summary>
    internal static string? KeyOf(ChatRequest request) =>
        string.IsNullOrEmpty(request.ConversationId) ? null : $"{request.Platform}:{request.ConversationId}";

    /// <summary>The answered question as it can be routed again (a follow-up as resolved), with the slots it named.</summary>
    internal static ConversationState StateOf(BotCommand command, string? resolved, Reply reply, KnowledgeBase knowledge)
    {
        var grammar = command.Name switch
        {
            _ when !command.Explicit => null,
            CommandNames.SalaryCompare => "salary compare",
            CommandNames.SkillsCheck => "skills check",
            CommandNames.Ask => null,
            _ => command.Name,
        };
        var question = Phrase.Of(resolved ?? (grammar is null ? command.Corrected : $"{grammar} {command.Corrected}"));
        var slots = Slots.Find(question, knowledge);
        var topic = command.Name == CommandNames.Ask ? reply.Sources.FirstOrDefault()?.Section : null; // a guide search's section
        // A ladder answer's rung: after "what comes after X?" the conversation stands on it, as if asked "path from Y";
        // when the question named no rung ("what's the top of the ladder?") it is the subject.
        if (AnsweredRung(command, reply, knowledge) is { } rung)
        {
            if (rung.Next)
            {
                return new ConversationState(command.Name, Phrase.Of($"path from {rung.Level}").ToString(), [rung.Level], slots.Areas, slots.Roles, topic);
            }

            // "what's the most senior job on the ladder?" names "senior", but its answer's rung is the top.
            if (slots.Levels.Count == 0 || PathHandler.EndAsked(question) is not null)
            {
                return new ConversationState(command.Name, question.ToString(), [rung.Level], slots.Areas, slots.Roles, topic);
            }
        }

        if (command.Name == CommandNames.Salary && slots.Levels.Count == 0 && reply.Answered
            && reply.Paragraphs.FirstOrDefault() is { } lead && Slots.Find(Phrase.Of(lead.Text), knowledge).Levels is [var placed])
        {
            // "got my first offer at 100k, fair?" placed the figure in one band: "and one level above that?" starts there.
            return new ConversationState(command.Name, question.ToString(), [placed], slots.Areas, slots.Roles, topic);
        }

        // "Is data science the same thing as ML engineering?" answered with the comparison is about both of its roles,
        // however few the question named, and by the names the lookups know ("DS and MLE": "which one pays better?" is
        // the data scientist's pay then, which the data lacks).
        var roles = reply is { Answered: true, Intent: Intent.Compare }
            ? knowledge.Roles.Roles.Select(r => r.Aliases.FirstOrDefault() ?? r.Title).ToArray()
            : slots.Roles;
        return new ConversationState(command.Name, question.ToString(), slots.Levels, slots.Areas, roles, topic);
    }

    /// <summary>
    /// The rung a ladder answer names: the next one of "After Junior ML Engineer comes Senior ML Engineer." (then
    /// "and after that?" or "what would I earn at that level?" is about it, not about Junior), or the one rung of an
    /// answer that names one ("The top of the ladder in the guide is AI/ML Director.").
    /// </summary>
    private static (string Level, bool Next)? AnsweredRung(BotCommand command, Reply reply, KnowledgeBase knowledge)
    {
        if (command.Name != CommandNames.Path || !reply.Answered || reply.Paragraphs.FirstOrDefault() is not { } lead)
        {
            return null;
        }

        if (lead.Text.StartsWith(PathHandler.NextLead, StringComparison.Ordinal))
        {
            var pair = Slots.Find(Phrase.Of(lead.Text.Split('.')[0]), knowledge).Levels;
            return pair.Count == 2 ? (pair[1], true) : null;
        }

        var named = Slots.Find(Phrase.Of(lead.Text), knowledge).Levels;
        return named.Count == 1 ? (named[0], false) : null;
    }

    /// <summary>
    /// The item of the answer's lists (above "Related:") nearest in meaning to what the follow-up picks ("is about images"
    /// -> "Computer vision"); by shared words when the model is off; null when there is no list to pick from.
    /// </summary>
    private static string? Picked(string pick, Reply reply, KnowledgeSnapshot snapshot)
    {
        var items = ListItems(reply);
        if (items.Length < 2)
        {
            return null;
        }

        if (snapshot.Vectors is { } vectors)
        {
            var question = vectors.Embed(pick);
            var vectorsOfItems = vectors.EmbedWords(items);
            return items.Zip(vectorsOfItems).MaxBy(p => Semantic.Vectors.Cosine(question, p.Second)).First;
        }

        var words = Phrase.Of(pick).Words.Where(w => !FollowUpWords.NoSubject.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var (best, shared) = items.Select(i => (Item: i, Shared: Phrase.Of(i).Words.Count(words.Contains))).MaxBy(p => p.Shared);
        return shared > 0 ? best : null;
    }

    /// <summary>The items of the answer's lists, above "Related:".</summary>
    private static string[] ListItems(Reply reply) =>
        reply.Paragraphs.TakeWhile(b => !b.IsRelated).SelectMany(b => b.Items).Distinct(StringComparer.Ordinal).ToArray();

    private static Reply NoFigure(string what, KnowledgeBase knowledge)
    {
        var unknown = ReplyFactory.Unknown(knowledge);
        return unknown with
        {
            Paragraphs =
            [
                ReplyBlock.Prose($"My guide doesn't say {what}, and I'd rather say so than guess."),
                .. unknown.Paragraphs.Skip(1),
            ],
        };
    }
}
