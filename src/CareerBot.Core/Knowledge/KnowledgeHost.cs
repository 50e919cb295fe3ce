namespace CareerBot.Core.Knowledge;

/// <summary>Holds the loaded knowledge and its index. (Skeleton: filled in by the engine work.)</summary>
public sealed class KnowledgeHost : IKnowledgeReadiness
{
    public bool IsReady { get; private set; }

    public void EnsureLoaded() => IsReady = true;
}
