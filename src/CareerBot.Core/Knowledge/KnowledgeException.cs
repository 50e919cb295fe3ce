namespace CareerBot.Core.Knowledge;

/// <summary>
/// A knowledge file that cannot be used. The message always names the file and the field or line,
/// so a team that edits the knowledge sees what to fix without reading a stack trace.
/// </summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException(string file, string where, string problem)
        : base($"{file}: {where}: {problem}")
    {
        File = file;
        Where = where;
        Problem = problem;
    }

    public KnowledgeException()
    {
        File = Where = Problem = string.Empty;
    }

    public KnowledgeException(string message)
        : base(message)
    {
        File = Where = Problem = string.Empty;
    }

    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Where = Problem = string.Empty;
    }

    /// <summary>The file, relative to the knowledge folder where possible.</summary>
    public string File { get; }

    /// <summary>The field (<c>levels[2].min</c>, <c>front matter 'id'</c>) or line (<c>line 7</c>).</summary>
    public string Where { get; }

    public string Problem { get; }
}
