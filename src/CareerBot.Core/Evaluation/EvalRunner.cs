using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Evaluation;

/// <summary>
/// Asks the bot every question of an eval set, in order, and scores the answers. Questions that share a
/// <see cref="EvalQuestion.Conversation"/> are one conversation; the ids are this run's own, so two runs never meet.
/// </summary>
public static class EvalRunner
{
    /// <param name="strict">Score the expected strings against the main answer alone (<c>eval --strict</c>).</param>
    public static async Task<EvalReport> RunAsync(IChatResponder responder, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(responder);
        ArgumentNullException.ThrowIfNull(questions);
        var failures = new List<EvalFailure>();
        var run = Guid.NewGuid().ToString("N");
        foreach (var question in questions)
        {
            var conversation = question.Conversation is { } name ? $"eval-{run}:{name}" : null;
            var reply = await responder.RespondAsync(new ChatRequest(question.Question, "eval", ConversationId: conversation), cancellationToken);
            var answer = new EvalAnswer(reply.Answered, reply.Intent.ToWireName(), PlainTextRenderer.Render(reply), PlainTextRenderer.RenderAnswer(reply));
            var why = EvalScorer.Check(question, answer, strict);
            if (why.Count > 0)
            {
                failures.Add(new EvalFailure(question, answer, why));
            }
        }

        return new EvalReport(questions.Count, questions.Count - failures.Count, failures);
    }
}
