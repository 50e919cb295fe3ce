namespace CareerBot.Core.Tests.TestSupport;

/// <summary>A throw-away copy of the shipped knowledge that a test can break one file of.</summary>
internal sealed class KnowledgeCopy : IDisposable
{
    public KnowledgeCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "careerbot-knowledge-" + Guid.NewGuid().ToString("N"));
        Copy(ShippedKnowledge.Folder, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(from, text);
        File.WriteAllText(PathOf(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
