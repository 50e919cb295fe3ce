using Microsoft.Extensions.Options;

namespace CareerBot.Core.Conversations;

/// <summary>
/// Conversation subjects in memory: least recently used first out past <see cref="ConversationOptions.MaxConversations"/>,
/// and forgotten <see cref="ConversationOptions.Ttl"/> after they were set (time from the injected <see cref="TimeProvider"/>).
/// </summary>
internal sealed class InMemoryConversationStore(IOptions<ConversationOptions> options, TimeProvider timeProvider) : IConversationStore
{
    // Read when the engine is built, so a bad setting stops start-up (the CLI too) instead of failing a question.
    private readonly ConversationOptions _settings = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new(); // most recently used first

    /// <summary>How many conversations are held now (expired ones may linger until the next write).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public ValueTask<ConversationState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return ValueTask.FromResult<ConversationState?>(null);
            }

            if (node.Value.ExpiresAt <= now)
            {
                Remove(node);
                return ValueTask.FromResult<ConversationState?>(null);
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return ValueTask.FromResult<ConversationState?>(node.Value.State);
        }
    }

    public ValueTask SetAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        var settings = _settings;
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            _entries[key] = _recency.AddFirst(new Entry(key, state, now + settings.Ttl));
            while (_recency.Last is { } oldest && (_entries.Count > settings.MaxConversations || oldest.Value.ExpiresAt <= now))
            {
                Remove(oldest);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed record Entry(string Key, ConversationState State, DateTimeOffset ExpiresAt);
}
