namespace CareerBot.Tests.TestSupport;

/// <summary>
/// Tests that build the bot's web host in this test process and read its <c>/metrics</c> or ask it questions: run one
/// class after another. OpenTelemetry's meter provider listens to every meter of its name in the process, not only to
/// those of its own host, so two hosts answering at once would count each other's questions.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InProcessHosts
{
    public const string Name = "In-process hosts, one class at a time";
}
