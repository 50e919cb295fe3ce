namespace CareerBot.Core.Knowledge;

/// <summary>Whether the knowledge is loaded and the index built (health and readiness probes).</summary>
public interface IKnowledgeReadiness
{
    bool IsReady { get; }

    /// <summary>False while the sentence-embedding model still loads (lexical answers are served meanwhile).</summary>
    bool IsSemanticReady => IsReady;
}
