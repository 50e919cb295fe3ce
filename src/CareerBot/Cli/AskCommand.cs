using System.CommandLine;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary><c>careerbot ask "question" [--json]</c> and <c>careerbot ask --jsonl</c> (questions on stdin).</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "The question (quotes optional)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: intent, answered, text, sources." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read questions from stdin, one per line (JSON with a \"q\" field and an optional \"conversation\" id, or plain text); write one JSON object per line." };
        var explain = new Option<bool>("--explain") { Description = "Also print how the guide search saw the question (for tuning knowledge and synonyms)." };
        var command = new Command("ask", "Ask one question and print the answer.") { question, json, jsonl, explain };
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(async () =>
        {
            // A command line that cannot mean what it says is refused before the knowledge loads: one line, exit 2.
            var text = string.Join(' ', parseResult.GetValue(question) ?? []);
            if (Misuse(parseResult.GetValue(jsonl), parseResult.GetValue(explain), text) is { } problem)
            {
                return await UsageErrors.ReportAsync(problem, Console.Error);
            }

            using var services = CoreServices.Build(parseResult.GetValue(CommonOptions.Knowledge));
            var responder = services.GetRequiredService<IChatResponder>();
            if (parseResult.GetValue(jsonl))
            {
                return await AnswerLinesAsync(responder, Console.In, Console.Out, cancellationToken);
            }

            if (parseResult.GetValue(explain))
            {
                await Console.Error.WriteLineAsync(services.GetRequiredService<ChatRouter>().Explain(text));
            }

            var reply = await responder.RespondAsync(new ChatRequest(text, "terminal"), cancellationToken);
            await Console.Out.WriteLineAsync(parseResult.GetValue(json) ? ReplyJson.Serialize(reply) : PlainTextRenderer.Render(reply));
            return 0;
        }));
        return command;
    }

    /// <summary>The one-line error for options that do not go together or a missing question, or null.</summary>
    internal static string? Misuse(bool jsonl, bool explain, string question) => (jsonl, explain, string.IsNullOrWhiteSpace(question)) switch
    {
        (true, _, false) => $"careerbot ask: --jsonl reads the questions from stdin, so '{question}' would be ignored; give one or the other",
        (true, true, _) => "careerbot ask: --explain shows how one question was seen; it does not go with --jsonl",
        (false, _, true) => "careerbot ask: no question given; usage: careerbot ask \"<question>\" [--json] (or: careerbot ask --jsonl < questions.jsonl)",
        _ => null,
    };

    /// <summary>
    /// One JSON line per input line, in order, flushed per line so a pipe sees each at once: the answer, or
    /// <c>{"error": "..."}</c> for a blank or malformed line, so the Nth output always answers the Nth input. Lines
    /// that share a <c>"conversation"</c> id are one conversation (a follow-up takes the previous subject); ids are
    /// this run's own.
    /// </summary>
    internal static async Task<int> AnswerLinesAsync(IChatResponder responder, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N");
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var parsed = JsonlInput.Parse(line);
            if (parsed.Question is { } question)
            {
                var conversationId = parsed.Conversation is null ? null : $"jsonl-{run}:{parsed.Conversation}";
                var reply = await responder.RespondAsync(new ChatRequest(question, "terminal", ConversationId: conversationId), cancellationToken);
                await output.WriteLineAsync(ReplyJson.Serialize(reply));
            }
            else
            {
                await output.WriteLineAsync(ReplyJson.Error(parsed.Error ?? "no question"));
            }

            await output.FlushAsync(cancellationToken);
        }

        return 0;
    }
}
