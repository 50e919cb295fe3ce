namespace CareerBot.Tests.TestSupport;

/// <summary>
/// A test that needs Debian's Chromium (<see cref="HeadlessChromium.Path"/>): skipped, saying how to install it, where
/// it is missing, so <c>dotnet test</c> with only the SDK stays green. <c>.ci/run</c> installs it and fails on any
/// skipped test, so a missing browser is never green in CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(HeadlessChromium.Path))
        {
            Skip = $"{HeadlessChromium.Path} is missing: this test renders the HTML report in Debian's Chromium (apt-get install chromium; .ci/run installs it and fails on any skipped test).";
        }
    }
}
