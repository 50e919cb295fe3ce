using System.Diagnostics;
using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

/// <summary><c>--knowledge DIR</c> pointing at a hostile folder ends at once with the one-line knowledge error and exit code 2.</summary>
public sealed class HostileKnowledgeTests
{
    [Fact]
    public async Task Ask_FifoAndLinkLoopsInTheGuide_ExitsWithCode2NamingThePath()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder(withKnowledge: true);
        Directory.CreateSymbolicLink(folder.PathOf("knowledge/guide/a"), ".");
        Directory.CreateSymbolicLink(folder.PathOf("knowledge/guide/b"), ".");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [folder.PathOf("knowledge/guide/a-pipe.md")]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        var (exit, _, error) = await CareerBotProcess.RunAsync(["ask", "--knowledge", folder.PathOf("knowledge"), "salary senior"]);

        Assert.Equal(2, exit);
        Assert.Equal("careerbot: knowledge error: guide/a: folder: a link to a folder; links to folders are not followed (put the files in the knowledge folder instead)", error.Trim());
    }

    [Fact]
    public async Task Ask_GuideFileLinkedToItself_ExitsWithCode2NotAStackTrace()
    {
        using var folder = new TempFolder(withKnowledge: true);
        File.CreateSymbolicLink(folder.PathOf("knowledge/guide/x.md"), folder.PathOf("knowledge/guide/x.md"));

        var (exit, _, error) = await CareerBotProcess.RunAsync(["ask", "--knowledge", folder.PathOf("knowledge"), "salary senior"]);

        Assert.Equal(2, exit);
        Assert.Equal("careerbot: knowledge error: guide/x.md: file: a link that leads nowhere or round in a loop", error.Trim());
    }
}
