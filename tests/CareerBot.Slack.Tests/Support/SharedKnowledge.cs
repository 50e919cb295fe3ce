using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Tests;

/// <summary>
/// The repository's knowledge (copied beside the test binaries), loaded and indexed once for the whole run, like the
/// host's warm-up does at start-up, so each test's bot answers at once instead of building its own index.
/// </summary>
internal static class SharedKnowledge
{
    private static readonly Lazy<KnowledgeHost> Loaded = new(() =>
    {
        var host = new KnowledgeHost(Options.Create(new KnowledgeOptions()), TimeProvider.System, NullLogger<KnowledgeHost>.Instance);
        host.EnsureLoaded();
        return host;
    });

    public static KnowledgeHost Host => Loaded.Value;
}
