using CareerBot.Core.Knowledge;
using CareerBot.Core.Lookups;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Decides whether a question lacks a subject and, when it does, fills in the previous one. A question with an
/// intent and subject of its own, or with topic words of its own, stands alone: context never changes it.
/// <list type="bullet">
/// <item>A bare subject ("and for lead?", "what about domain?") takes the previous question with the subject swapped.</item>
/// <item>A lookup that lacks its level and refers back ("what do they earn?") takes the previous level.</item>
/// <item>A reference or request for more with nothing of its own ("why?", "tell me more", "how long does that take?")
/// is about the previous subject.</item>
/// </list>
/// </summary>
internal static class FollowUpResolver
{
    /// <summary>The resolved follow-up, or null when the question stands on its own.</summary>
    /// <param name="unknownWord">Whether the knowledge never uses a word (nor a spelling of one): "tax" in "is that before or after tax?".</param>
    public static FollowUp? Resolve(BotCommand command, ConversationState previous, KnowledgeBase knowledge, Func<string, BotCommand> parse, Func<string, bool>? unknownWord = null)
    {
        if (command.Name == CommandNames.Help || (command.Explicit && command.Name != CommandNames.Ask))
        {
            return null; // the command grammar and greetings always stand alone
        }

        // What the question sets aside ("besides maths, ...") is not its subject.
        var (text, continues) = StripOpening(Phrase.Of(SkillsHandler.WithoutSetAside(command.Corrected)));
        var slots = Slots.Find(text, knowledge);
        if (command.Name == CommandNames.Ask && previous is { Command: CommandNames.Ask, Topic: { } aside } && FollowUpWords.SetsAsideTheAnswer().IsMatch(command.Corrected)
            && HasOwnSubject(text, slots))
        {
            // "what else do employers look for besides that?" after the educational path: what it sets aside is the previous
            // answer, so the rest of the question is asked without the reference (which alone pulled the search towards a
            // topic the guide lacks) and a section other than the previous one answers.
            return new FollowUp($"{CommandNames.Ask} {text}", Besides: aside);
        }

        if (text.HasAny(FollowUpWords.Choices) && text.Without(FollowUpWords.Choices).ToString() is { Length: > 0 } pick)
        {
            // "which of these is about images?": the previous answer again, with the item that fits picked out.
            return new FollowUp(previous.Question, Pick: pick);
        }

        if (previous.Command is CommandNames.Salary or CommandNames.SalaryCompare && slots.Levels.Count == 0 && FollowUpWords.FiguresBasis().IsMatch(text.ToString()))
        {
            // "does that include bonuses and stock?", "is that before or after bonuses?" after a level's pay: about those
            // figures (what they count), not the ladder ("before") nor the benefits.
            return new FollowUp(previous.Question, AsksWhatFiguresInclude: true);
        }

        if (previous.Command is CommandNames.Ask or CommandNames.Skills && text.HasAny(["which one", "which ones"]) && FollowUpWords.Ranking().IsMatch(text.ToString())
            && slots.IsEmpty)
        {
            // "which one should I learn first?" after a list: a choice among its items, as "which of those ...".
            return new FollowUp(previous.Question, Pick: text.Without(["which one", "which ones"]).ToString());
        }

        // "so who earns more?" after ML engineers vs data scientists: "who" with a comparison asks which of the two roles.
        var refers = text.HasAny(FollowUpWords.References)
            || (previous.Roles.Count >= 2 && text.Words.FirstOrDefault() == "who" && text.HasAny(FollowUpWords.Comparisons));
        var marked = continues || refers || text.HasAny(FollowUpWords.MoreOfTheSame);
        if (continues && slots.IsEmpty && slots.Roles.Count > 0 && !HasOwnSubject(text, slots)
            && previous.Command is CommandNames.Salary or CommandNames.SalaryCompare or CommandNames.Skills or CommandNames.Path)
        {
            // "what about for a data scientist?" after a level's pay asks that role's pay (which the data may not hold),
            // not the comparison of the two roles.
            var role = slots.Roles[0];
            return new FollowUp(previous.Command switch
            {
                CommandNames.Skills => $"what skills does a {role} need",
                CommandNames.Path => $"what is the career path of a {role}",
                _ => $"how much does a {role} earn",
            });
        }

        if (previous.Command == CommandNames.Path && slots.Levels.Count == 0
            && (FollowUpWords.EndOfAList(text) ?? (command.Name is CommandNames.Ask or CommandNames.Path || IntentClassifier.AsksPay(text) ? PathHandler.EndAsked(text) : null)) is { } end)
        {
            // "and what's the last one on that list?" or "and where does the road end?" after a ladder answer: its top (or
            // its start), which names the rung; "how much does the last one on that list make?" asks that rung's pay.
            var ladder = knowledge.Ladder.Steps;
            if (IntentClassifier.AsksPay(text) && ladder.Count > 0)
            {
                return new FollowUp($"how much does a {(end > 0 ? ladder[^1] : ladder[0]).Title} earn");
            }

            return new FollowUp(end > 0 ? "what is the top of the career ladder" : "where does the career ladder start");
        }

        if ((continues || refers) && previous.Command == CommandNames.Salary && FollowUpWords.Step(text) is not 0 and var step
            && StepFromPay(previous, slots, step, knowledge) is { } band)
        {
            // "and one level above that?" after a level's pay asks the next band's pay, not the ladder: the conversation
            // is about pay, and the salary bands are its levels.
            return new FollowUp($"salary {band.Level}");
        }

        if (continues && previous.Command is CommandNames.Salary or CommandNames.SalaryCompare && slots.Levels.Count > 0 && slots.Areas.Count == 0
            && !HasOwnSubject(text.Without(PlaceOnTheLadder), slots))
        {
            // "what about at the very top, lead or principal?" while asking pay: the level named is the subject, and where it
            // sits says which one it is, not that the ladder is asked.
            return new FollowUp(Swap(previous, slots));
        }

        if (command.Name != CommandNames.Ask && continues && !slots.IsEmpty && !HasOwnSubject(text, slots) && previous.Command != command.Name)
        {
            // "and senior?" after a salary question: a bare level is routed as a ladder lookup on its own, but
            // continuing a conversation it only swaps the subject of the previous question.
            return new FollowUp(Swap(previous, slots));
        }

        if (text.HasAny(Demonstratives) && AsksWhatOrHow(text) && slots.IsEmpty && slots.Roles.Count == 0
            && previous is { Command: CommandNames.Ask, Topic: { } about } && !text.HasAny(FollowUpWords.MoreOfTheSame)
            && !IntentClassifier.AsksPay(text) && !FollowUpWords.AsksDuration(text) && HasOwnSubject(text, slots))
        {
            // "and what does that mean for my career going forward?" after the industry trends: a new question about the
            // previous answer, searched with its section named and answered by another section when one answers. A
            // yes-or-no question ("does that include monitoring?") or a bare "it" ("does it matter which uni?") asks
            // about the answer itself, or about nothing before; "how many hours a week should I put into that?" asks a
            // quantity of its own.
            return new FollowUp($"{CommandNames.Ask} {text} ({about})", Besides: about);
        }

        if (command.Name != CommandNames.Ask && refers && slots.IsEmpty && previous.Levels.Count == 0 && previous.Roles.Count > 0
            && ReplaceReference(text, string.Join(" and ", previous.Roles)) is var withRoles && parse(withRoles).Name is not CommandNames.Ask)
        {
            // "where do the two overlap?" after ML engineers vs data scientists: alone it reads as a ladder question,
            // with the roles it refers to it is their comparison; "which of the two pays more?" asks both roles' pay.
            return new FollowUp(withRoles);
        }

        if (unknownWord is not null && slots.IsEmpty && text.Words.Any(w => w.Length > 2 && !char.IsDigit(w[0]) && !FollowUpWords.NoSubject.Contains(w) && unknownWord(w)))
        {
            // "is that before or after tax?" after a salary: a topic of its own the knowledge never mentions, which the
            // previous subject would only hide ("before senior"); alone, the question is answered for what it asks.
            return null;
        }

        if (command.Name != CommandNames.Ask && previous is { Command: CommandNames.Ask, Topic: { } topic } && text.HasAny(FollowUpWords.MoreOfTheSame)
            && HasOwnSubject(text, new Slots([], [], [])))
        {
            // "say more about the money part" after the reasons to join: more on that part of the guide's answer (its
            // compensation benefits), not the salary table its pay word alone would fetch.
            return new FollowUp($"{CommandNames.Ask} {text} ({topic})");
        }

        if (command.Name != CommandNames.Ask)
        {
            // A lookup of its own: it keeps its intent, and borrows only the level it refers back to.
            var needsLevel = command.Name is CommandNames.Salary or CommandNames.SalaryCompare or CommandNames.Path;
            if (!needsLevel || !marked || slots.Levels.Count > 0 || previous.Levels.Count == 0)
            {
                return null;
            }

            var level = command.Name == CommandNames.Path ? previous.Levels[^1] : string.Join(" and ", previous.Levels);
            return new FollowUp(ReplaceReference(text, level));
        }

        if (refers && slots.IsEmpty && Entity(previous) is { } entity && parse(ReplaceReference(text, entity)) is { Name: not CommandNames.Ask })
        {
            // "what do they have in common?" after ML engineers vs data scientists: with the reference read as the
            // previous question's levels or roles it is a lookup, where alone it was only a guide search.
            return new FollowUp(ReplaceReference(text, entity));
        }

        if (HasOwnSubject(text, slots))
        {
            return null;
        }

        if (!slots.IsEmpty)
        {
            // "what does a lead do?" is a question about leads; "and lead?" / "is it the same for lead?" continue.
            return text.HasAny(FollowUpWords.QuestionWords) && !refers ? null : new FollowUp(Swap(previous, slots));
        }

        if (!marked)
        {
            return null; // "thanks", "ok": nothing to follow
        }

        return new FollowUp(previous.Question, FollowUpWords.AsksDuration(text));
    }

    /// <summary>
    /// The band a step from the previous pay question lands on: the level the follow-up names ("one step up, mid?"), else
    /// the band next to the previous one; null at either end or when the previous question named no single band.
    /// </summary>
    private static SalaryBand? StepFromPay(ConversationState previous, Slots slots, int step, KnowledgeBase knowledge)
    {
        var bands = knowledge.Salaries;
        if (slots.Levels.Count > 0)
        {
            return LevelMatcher.SalaryLevels(Phrase.Of(string.Join(" ", slots.Levels)), bands) is [var named] ? named : null;
        }

        if (previous.Levels.Count != 1 || LevelMatcher.SalaryLevels(Phrase.Of(previous.Levels[0]), bands) is not [var from])
        {
            return null;
        }

        var at = bands.ToList().IndexOf(from) + step;
        return at >= 0 && at < bands.Count ? bands[at] : null;
    }

    /// <summary>What a reference to a lookup's subject means: its (last) level, else the roles it compared.</summary>
    private static string? Entity(ConversationState previous) =>
        previous.Command == CommandNames.Ask ? null
        : previous.Levels.Count > 0 ? previous.Levels[^1]
        : previous.Roles.Count > 0 ? string.Join(" and ", previous.Roles)
        : null;

    /// <summary>Words that point back at the previous answer as a whole ("what does that mean for me?"); not "it" or "they".</summary>
    private static readonly string[] Demonstratives = ["that", "this", "those", "these"];

    /// <summary>A question opening with "what", or with "how" and a verb ("how does", "how will"): not "how many", "how long".</summary>
    private static bool AsksWhatOrHow(Phrase text) =>
        text.Words.Take(2).ToArray() is ["what", ..] or ["how", "does" or "do" or "did" or "will" or "would" or "is" or "are" or "can" or "could" or "should" or "might"];

    /// <summary>Words that place a level on the ladder ("the very top", "the highest one") without asking about the ladder.</summary>
    private static readonly string[] PlaceOnTheLadder = ["very top", "top", "highest", "lowest", "bottom", "very", "end"];

    /// <summary>Topic words beyond the subject slots and the words of conversation ("weather", "remote work").</summary>
    private static bool HasOwnSubject(Phrase text, Slots slots) =>
        text.Without(slots.All).Words.Any(w => !FollowUpWords.NoSubject.Contains(w) && !char.IsDigit(w[0])) || FramedSubject(text.Words.ToArray());

    /// <summary>
    /// A word framed by an aspect noun ("the learning part", "the engineering side") is the subject, even one that
    /// alone only names the field; "that part", "this side" refer back instead.
    /// </summary>
    private static bool FramedSubject(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (FollowUpWords.AspectWords.Contains(words[i]) && FollowUpWords.FieldWords.Contains(words[i - 1])
                && !FollowUpWords.References.Contains(words[i - 1]) && !Search.QueryStopWords.Words.Contains(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static (Phrase Text, bool Continues) StripOpening(Phrase phrase)
    {
        var continues = false;
        var padded = phrase.Padded;
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var (opening, continuation) in FollowUpWords.Continuations.Select(c => (c, true)).Concat(FollowUpWords.Fillers.Select(f => (f, false))))
            {
                var needle = $" {opening} ";
                if (padded.StartsWith(needle, StringComparison.Ordinal))
                {
                    padded = padded[(needle.Length - 1)..];
                    continues |= continuation;
                    stripped = true;
                    break;
                }
            }
        }

        return (Phrase.Of(padded), continues);
    }

    /// <summary>The first word that refers back becomes <paramref name="subject"/>; without one the subject is added.</summary>
    private static string ReplaceReference(Phrase text, string subject)
    {
        var first = FollowUpWords.References.Select(w => (Word: w, At: text.IndexOf(w))).Where(r => r.At >= 0).OrderBy(r => r.At).FirstOrDefault();
        return first.Word is null
            ? $"{text} {subject}"
            : (text.Padded[..first.At] + " " + subject + " " + text.Padded[(first.At + first.Word.Length + 2)..]).Trim();
    }

    /// <summary>The previous question with the follow-up's levels and areas in place of its own.</summary>
    private static string Swap(ConversationState previous, Slots slots)
    {
        var question = previous.Question;
        if (slots.Levels.Count > 0)
        {
            question = Swap(question, previous.Levels, slots.Levels, previous.Command switch
            {
                CommandNames.Salary or CommandNames.SalaryCompare => "salary",
                CommandNames.Path => "path from",
                _ => null,
            });
        }

        if (slots.Areas.Count > 0)
        {
            question = "skills " + string.Join(" ", slots.Areas); // a skill area asks for the skills, whatever came before
        }

        return question;
    }

    private static string Swap(string question, IReadOnlyList<string> old, IReadOnlyList<string> replacement, string? command)
    {
        var joined = string.Join(" and ", replacement);
        var padded = Phrase.Of(question).Padded;
        return old.Count switch
        {
            0 => $"{question} {joined}",
            1 => padded.Replace($" {old[0]} ", $" {joined} ", StringComparison.Ordinal).Trim(),
            _ when command is not null => $"{command} {joined}",
            _ => old.Skip(1).Aggregate(padded.Replace($" {old[0]} ", $" {joined} ", StringComparison.Ordinal), (q, o) => q.Replace($" {o} ", " ", StringComparison.Ordinal)).Trim(),
        };
    }
}
