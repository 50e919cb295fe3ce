using System.CommandLine;

namespace CareerBot.Cli;

internal static class CommonOptions
{
    /// <summary><c>--knowledge DIR</c>: use another knowledge folder (overrides <c>Knowledge__Path</c>).</summary>
    public static readonly Option<string?> Knowledge = new("--knowledge")
    {
        Description = "The knowledge folder (default: ./knowledge when present, else the built-in copy).",
        Recursive = true,
    };
}
