namespace CareerBot.Core.Knowledge;

/// <summary>Whether the knowledge is loaded and the index built (health and readiness probes).</summary>
public interface IKnowledgeReadiness
{
    bool IsReady { get; }
}
