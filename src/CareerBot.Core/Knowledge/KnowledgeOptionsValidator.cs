using Microsoft.Extensions.Options;

namespace CareerBot.Core.Knowledge;

/// <summary>Checks the knowledge settings when the host starts, naming the setting that is wrong.</summary>
internal sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Path) && !Directory.Exists(options.Path))
        {
            failures.Add($"Knowledge:Path (Knowledge__Path or --knowledge): folder '{options.Path}' does not exist.");
        }

        if (!string.IsNullOrWhiteSpace(options.IndexPath) && File.Exists(options.IndexPath))
        {
            failures.Add($"Knowledge:IndexPath (Knowledge__IndexPath): '{options.IndexPath}' is a file; it must be a folder for the index.");
        }

        if (options.MaxFileBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            failures.Add($"Knowledge:MaxFileBytes (Knowledge__MaxFileBytes): {options.MaxFileBytes} must be between 1024 and 1073741824 bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
