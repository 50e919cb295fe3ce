using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace CareerBot.Cli;

/// <summary>
/// Turns the errors a user can fix (a malformed knowledge file, a bad setting) into one clear line on
/// stderr and exit code 2, instead of a stack trace.
/// </summary>
internal static class CliErrors
{
    public const int ConfigurationError = 2;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (KnowledgeException ex)
        {
            await Console.Error.WriteLineAsync($"careerbot: knowledge error: {ex.Message}");
            return ConfigurationError;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("careerbot: configuration error: " + string.Join("; ", ex.Failures));
            return ConfigurationError;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException or KnowledgeException))
        {
            foreach (var inner in ex.InnerExceptions)
            {
                await Console.Error.WriteLineAsync(inner is OptionsValidationException o
                    ? "careerbot: configuration error: " + string.Join("; ", o.Failures)
                    : $"careerbot: knowledge error: {inner.Message}");
            }

            return ConfigurationError;
        }
    }
}
