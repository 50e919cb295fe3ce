using System.Diagnostics;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Knowledge;

/// <summary>
/// Hostile knowledge folders, made for real (symlinks, FIFOs, device links): loading ends with one error naming the
/// path instead of walking forever, hanging on a pipe, or reading an endless device. Windows cannot make FIFOs or
/// device links, so those cases return early there.
/// </summary>
public sealed class KnowledgeFilesTests
{
    [Fact]
    public void Load_TwoLinksToTheGuideFolderItself_NamesTheLinkInsteadOfWalkingInCircles()
    {
        using var copy = new KnowledgeCopy();
        Directory.CreateSymbolicLink(copy.PathOf("guide/loop-a"), ".");
        Directory.CreateSymbolicLink(copy.PathOf("guide/loop-b"), ".");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("guide/loop-a", error.File);
        Assert.Contains("link to a folder", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinkToAFolderOutsideTheKnowledge_IsNotFollowed()
    {
        using var copy = new KnowledgeCopy();
        Directory.CreateSymbolicLink(copy.PathOf("guide/outside"), Path.GetTempPath());

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("guide/outside", error.File);
    }

    [Fact]
    public void Load_MarkdownFileLinkedToDevZero_IsRefusedWithoutReading()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var copy = new KnowledgeCopy();
        File.CreateSymbolicLink(copy.PathOf("guide/x.md"), "/dev/zero");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("guide/x.md: file: not a regular file (a device); only regular files are read", error.Message);
    }

    [Fact]
    public void Load_FifoNamedLikeAGuideFile_IsRefusedWithoutOpeningIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var copy = new KnowledgeCopy();
        MakeFifo(copy.PathOf("guide/x.md"));

        // Opening a FIFO with no writer would block forever: the type is checked first.
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("guide/x.md: file: not a regular file (a named pipe); only regular files are read", error.Message);
    }

    [Fact]
    public void Load_FifoInPlaceOfADataFile_IsRefused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var copy = new KnowledgeCopy();
        File.Delete(copy.PathOf("data/salaries.json"));
        MakeFifo(copy.PathOf("data/salaries.json"));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("data/salaries.json", error.File);
    }

    [Fact]
    public void Load_LinkToItself_NamesTheLink()
    {
        using var copy = new KnowledgeCopy();
        File.CreateSymbolicLink(copy.PathOf("guide/self.md"), copy.PathOf("guide/self.md"));

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("guide/self.md: file: a link that leads nowhere or round in a loop", error.Message);
    }

    [Fact]
    public void Load_FileOverTheSizeCap_IsRefusedWithTheSetting()
    {
        using var copy = new KnowledgeCopy();
        copy.Write("guide/11-big.md", "---\nid: big\ntitle: Big\ntags: [big]\n---\n# Big\n\n" + new string('x', 5000) + "\n");

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(new KnowledgeFiles(copy.Root, maxFileBytes: 4096)));

        Assert.Equal("guide/11-big.md", error.File);
        Assert.Contains("Knowledge:MaxFileBytes", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultCap_RefusesAFileOfFiftyMegabytes()
    {
        using var copy = new KnowledgeCopy();
        using (var big = File.Create(copy.PathOf("guide/11-big.md")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var error = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(copy.Root));

        Assert.Equal("guide/11-big.md", error.File);
    }

    [Fact]
    public void Load_LinkToARegularFileInsideTheFolder_IsRead()
    {
        using var copy = new KnowledgeCopy();
        File.Move(copy.PathOf("guide/10-conclusion.md"), copy.PathOf("conclusion.txt"));
        File.CreateSymbolicLink(copy.PathOf("guide/10-conclusion.md"), copy.PathOf("conclusion.txt"));

        var knowledge = KnowledgeLoader.Load(copy.Root);

        Assert.Contains(knowledge.Documents, d => d.File == "guide/10-conclusion.md");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
