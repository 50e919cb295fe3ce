using System.CommandLine;
using CareerBot.Hosting;
using CareerBot.Reports;
using CareerBot.Storage;
using CareerBot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace CareerBot.Cli;

/// <summary>
/// <c>careerbot report [--since 7d|24h|2026-01-31] [--format text|json|html] [--out FILE]</c>: what was asked, what
/// went unanswered, which answers were judged unhelpful, which intents are slow, read from the store at
/// <c>Store__Path</c> (the same file a serving bot writes: WAL lets both work at once), or with
/// <c>Store__Provider=postgres</c> from the database every replica records into.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TimeProvider? timeProvider = null)
    {
        var clock = timeProvider ?? TimeProvider.System;
        var since = new Option<DateTimeOffset?>("--since")
        {
            Description = $"The period: days or hours back (7d, 24h) or a UTC date (2026-01-31). Default: {ReportSince.Default}.",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                var start = ReportSince.Parse(token, clock.GetUtcNow(), out var error);
                if (error is not null)
                {
                    result.AddError(error);
                }

                return start;
            },
        };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "text (default), json or html.",
            DefaultValueFactory = _ => ReportFormat.Text,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (token is "text" or "json" or "html")
                {
                    return Enum.Parse<ReportFormat>(token, ignoreCase: true);
                }

                result.AddError($"--format must be text, json or html, found '{token}'");
                return ReportFormat.Text;
            },
        };
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of the standard output." };
        var command = new Command("report", "Summarise the recorded questions and votes: per day and platform, unanswered, not helpful, slowest.") { since, format, output };
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(async () =>
        {
            var configuration = CareerBotConfiguration.Build(parseResult.GetValue(CommonOptions.Knowledge));
            var services = new ServiceCollection().AddLogging().AddSingleton(clock);
            services.AddCareerBotStorage(configuration);
            // Store__Provider=postgres: the shared database every replica records into (the report is the same).
            services.AddPostgresFeedback(configuration);
            await using var provider = services.BuildServiceProvider();
            var path = Path.GetFullPath(provider.GetRequiredService<IOptions<StoreOptions>>().Value.Path);
            if (!PostgresStoreServiceCollectionExtensions.IsSelected(configuration) && !File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"careerbot report: no database at {path}: nothing has been recorded there yet (set Store__Path to the file 'serve' writes)");
                return CliErrors.Failure;
            }

            await provider.GetRequiredService<IFeedbackStore>().InitializeAsync(cancellationToken);
            var start = parseResult.GetValue(since) ?? ReportSince.Parse(ReportSince.Default, clock.GetUtcNow(), out _);
            var report = await provider.GetRequiredService<IFeedbackReport>().ReadAsync(new ReportQuery(Since: start), cancellationToken);
            var text = parseResult.GetValue(format) switch
            {
                ReportFormat.Json => ReportJson.Render(report),
                ReportFormat.Html => ReportHtml.Render(report),
                _ => ReportText.Render(report),
            };

            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, text, cancellationToken);
                await Console.Out.WriteLineAsync($"report written to {Path.GetFullPath(file)}");
            }
            else
            {
                await Console.Out.WriteAsync(text);
            }

            return 0;
        }));
        return command;
    }
}
