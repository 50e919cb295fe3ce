namespace CareerBot.Core.Routing;

/// <summary>Guide topics matching what a user has typed so far (Discord autocomplete, help lists).</summary>
public interface ITopicSuggester
{
    /// <summary>Up to <paramref name="max"/> suggestions; an empty prefix lists popular topics.</summary>
    IReadOnlyList<TopicSuggestion> Suggest(string typedSoFar, int max);
}
