using CareerBot.Adapters.Resilience;
using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace CareerBot.Cli;

/// <summary>
/// Turns every failure into one clear line on stderr and an exit code, never a stack trace or a type name:
/// errors the user can fix (a malformed knowledge file, a bad setting, a settings file that is not JSON) exit 2,
/// anything else exits 1.
/// </summary>
internal static class CliErrors
{
    public const int ConfigurationError = 2;

    public const int Failure = 1;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (Describe(ex) is { } line)
        {
            await Console.Error.WriteLineAsync(line);
            return ConfigurationError;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
#pragma warning disable CA1031 // The CLI's outermost boundary: any failure is one clear line and an exit code, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"careerbot: error: {NetworkFailure.Describe(ex).ReplaceLineEndings(" ")}");
            return Failure;
        }
    }

    /// <summary>The line for an error the user can fix, or null for any other failure.</summary>
    internal static string? Describe(Exception exception) => exception switch
    {
        KnowledgeException knowledge => $"careerbot: knowledge error: {knowledge.Message}",
        Storage.Postgres.Schema.SchemaTooNewException schema => $"careerbot: store error: {schema.Message}",
        Storage.StoreException store => $"careerbot: store error: {store.Message}",
        OptionsValidationException options => "careerbot: configuration error: " + string.Join("; ", options.Failures),
        InvalidDataException settings when settings.Message.StartsWith("Failed to load configuration", StringComparison.Ordinal) =>
            Find<System.Text.Json.JsonException>(settings) is { } json
                ? $"careerbot: configuration error: {SettingsFile(settings.Message)}: not valid JSON at line {(json.LineNumber ?? 0) + 1}: {FirstSentence(json.Message)}"
                : $"careerbot: configuration error: {SettingsFile(settings.Message)}: {FirstSentence(settings.InnerException?.Message ?? settings.Message)}",
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Describe(e) is not null) =>
            string.Join(Environment.NewLine, aggregate.InnerExceptions.Select(e => Describe(e)).Distinct()),
        _ => null,
    };

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>"Failed to load configuration from file '/app/appsettings.json'." → the file's path.</summary>
    private static string SettingsFile(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : "appsettings.json";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? text[..cut] : text).Trim().TrimEnd('.', ' ', '|');
    }
}
