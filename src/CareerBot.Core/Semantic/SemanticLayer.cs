namespace CareerBot.Core.Semantic;

/// <summary>
/// The semantic side of a snapshot: ready at once, built in the background while lexical answers are
/// served, failed (lexical only, logged), or off (<c>Search__Semantic=false</c>).
/// </summary>
internal sealed class SemanticLayer
{
    private readonly Task<SemanticIndex?> _building;

    private SemanticLayer(Task<SemanticIndex?> building) => _building = building;

    public static SemanticLayer Off { get; } = new(Task.FromResult<SemanticIndex?>(null));

    public static SemanticLayer Ready(SemanticIndex index) => new(Task.FromResult<SemanticIndex?>(index));

    public static SemanticLayer Loading(Task<SemanticIndex?> building) => new(building);

    /// <summary>The index once built; null while loading, when off, or when the model could not load.</summary>
    public SemanticIndex? Index => _building.IsCompletedSuccessfully ? _building.Result : null;

    /// <summary>True while the model is still loading.</summary>
    public bool IsLoading => !_building.IsCompleted;

    /// <summary>Completes when loading has finished (either way).</summary>
    public Task WhenDone => _building;
}
