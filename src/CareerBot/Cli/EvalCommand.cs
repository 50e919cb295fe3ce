using System.CommandLine;
using System.Globalization;
using CareerBot.Core.Evaluation;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using CareerBot.Hosting;

namespace CareerBot.Cli;

/// <summary>
/// <c>careerbot eval [FILE] [--verbose] [--min-score P] [--strict]</c>: scores the bot like eval/score.py;
/// <c>--strict</c> scores the expected strings against the main answer alone (above "Related:").
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "A questions JSONL file (default: knowledge/eval/questions.jsonl)." };
        var verbose = new Option<bool>("--verbose") { Description = "Print every failure." };
        var minScore = new Option<double?>("--min-score")
        {
            Description = "Exit with code 1 when the score (percent, 0-100) is below this.",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100)
                {
                    return percent;
                }

                result.AddError($"--min-score must be a percentage from 0 to 100, found '{token}'");
                return null;
            },
        };
        var strict = new Option<bool>("--strict") { Description = "Score the expected strings against the main answer alone (above \"Related:\"), not the whole text." };
        var command = new Command("eval", "Score the bot on a question file and print 'score: P/N (X%)'.") { file, verbose, minScore, strict };
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(async () =>
        {
            using var services = CoreServices.Build(parseResult.GetValue(CommonOptions.Knowledge));
            var path = parseResult.GetValue(file)
                ?? Path.Combine(services.GetRequiredService<ICareerKnowledge>().Root, "eval", "questions.jsonl");
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"careerbot: eval file not found: {path}");
                return CliErrors.ConfigurationError;
            }

            var questions = EvalFile.Parse(path, await File.ReadAllTextAsync(path, cancellationToken));
            var isStrict = parseResult.GetValue(strict);
            var report = await EvalRunner.RunAsync(services.GetRequiredService<IChatResponder>(), questions, cancellationToken, isStrict);
            if (parseResult.GetValue(verbose))
            {
                foreach (var failure in report.Failures)
                {
                    var shown = isStrict ? failure.Answer.Answer ?? failure.Answer.Text : failure.Answer.Text;
                    var text = shown.Length > 140 ? shown[..140] : shown;
                    await Console.Out.WriteLineAsync($"FAIL {failure.Question.Id}: '{failure.Question.Question}': {string.Join("; ", failure.Reasons)} | text='{text.Replace("\n", "\\n", StringComparison.Ordinal)}'");
                }
            }

            await Console.Out.WriteLineAsync(report.ScoreLine);
            var bar = parseResult.GetValue(minScore);
            if (bar is { } required && report.Percent < required)
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"careerbot: score {report.Percent:F1}% is below --min-score {required}"));
                return 1;
            }

            return 0;
        }));
        return command;
    }
}
