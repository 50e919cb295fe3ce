namespace CareerBot.Core.Knowledge;

/// <summary>
/// What the host needs of the knowledge, and no more: load it at start-up (a bad file stops start-up), name the
/// folder it was read from, explain how a question is searched, and pick up edits while serving. The snapshot, the
/// index, the loaders and the reloader stay inside the core, so they can change without touching the host.
/// </summary>
public interface ICareerKnowledge : IKnowledgeReadiness
{
    /// <summary>The knowledge folder being served (loads it first when needed).</summary>
    string Root { get; }

    /// <summary>Loads and indexes the knowledge unless already done. Throws <see cref="KnowledgeException"/> on bad files.</summary>
    void EnsureLoaded();

    /// <summary>How a question is routed and searched (<c>careerbot ask --explain</c>), for tuning knowledge.</summary>
    string Explain(string question);

    /// <summary>
    /// Reloads the knowledge when its folder changes, until <paramref name="stoppingToken"/> is cancelled; completes at
    /// once when watching is off (<c>Knowledge__Watch=false</c>).
    /// </summary>
    Task WatchAsync(CancellationToken stoppingToken);
}
