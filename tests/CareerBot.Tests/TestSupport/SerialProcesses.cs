namespace CareerBot.Tests.TestSupport;

/// <summary>
/// Tests that start the real binary (and a browser) several times each: run one at a time, after the parallel
/// tests, so on a loaded 2-core machine they do not push other process tests past their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialProcesses
{
    public const string Name = "Processes started one test at a time";
}
