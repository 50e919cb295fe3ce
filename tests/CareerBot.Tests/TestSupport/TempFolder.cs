namespace CareerBot.Tests.TestSupport;

/// <summary>A temporary folder, optionally seeded with a copy of the shipped knowledge.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(bool withKnowledge = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "careerbot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (withKnowledge)
        {
            Copy(Path.Combine(AppContext.BaseDirectory, "knowledge"), Path.Combine(Root, "knowledge"));
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

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
