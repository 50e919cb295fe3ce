using System.Runtime.CompilerServices;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// Every host and child process these tests start records questions (serve and chat do): into a store of this test
/// run's own, in the temporary folder, never a data/ folder beside the binaries or a developer's own database.
/// </summary>
internal static class StoreIsolation
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "careerbot-tests-store-" + Guid.NewGuid().ToString("N"));

#pragma warning disable CA2255 // A test assembly's own set-up: it must run before any test builds a host.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("Store__Path", Path.Combine(Folder, "careerbot.db"));
        Environment.SetEnvironmentVariable("Store__UserKey", null);
        Environment.SetEnvironmentVariable("Store__RecordQuestions", null);
    }
}
