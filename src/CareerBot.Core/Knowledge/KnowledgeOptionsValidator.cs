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

        if (!string.IsNullOrWhiteSpace(options.EmbeddingCachePath) && File.Exists(options.EmbeddingCachePath))
        {
            failures.Add($"Knowledge:EmbeddingCachePath (Knowledge__EmbeddingCachePath): '{options.EmbeddingCachePath}' is a file; it must be a folder, or 'off'.");
        }

        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"Knowledge:PollInterval (Knowledge__PollInterval): {options.PollInterval} must be between 00:00:00.1 and 01:00:00.");
        }

        if (options.ReloadDelay < TimeSpan.Zero || options.ReloadDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Knowledge:ReloadDelay (Knowledge__ReloadDelay): {options.ReloadDelay} must be between 00:00:00 and 00:01:00.");
        }

        if (options.MaxFileBytes is < 1024 or > 1024 * 1024 * 1024)
        {
            failures.Add($"Knowledge:MaxFileBytes (Knowledge__MaxFileBytes): {options.MaxFileBytes} must be between 1024 and 1073741824 bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
