namespace CareerBot.Core.Semantic;

/// <summary>
/// The vectors of single words the scope check has weighed, bounded: the least recently used word goes first
/// once <see cref="Capacity"/> words are held. Words the knowledge does not know recur across questions ("Berlin",
/// "kaggle"), and each costs a run of the model; a stream of new words never grows the cache past its bound.
/// Safe to use from several threads.
/// </summary>
internal sealed class WordVectorCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Word, float[] Vector)>> _byWord = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Word, float[] Vector)> _recent = new(); // most recently used first

    public WordVectorCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byWord.Count;
            }
        }
    }

    /// <summary>The word's vector, if held; a hit makes it the most recently used.</summary>
    public bool TryGet(string word, out float[] vector)
    {
        lock (_gate)
        {
            if (_byWord.TryGetValue(word, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = [];
        return false;
    }

    /// <summary>Holds the word's vector as the most recently used, dropping the least recently used past the bound.</summary>
    public void Add(string word, float[] vector)
    {
        lock (_gate)
        {
            if (_byWord.Remove(word, out var old))
            {
                _recent.Remove(old);
            }

            _byWord[word] = _recent.AddFirst((word, vector));
            while (_byWord.Count > Capacity)
            {
                var last = _recent.Last!;
                _recent.RemoveLast();
                _byWord.Remove(last.Value.Word);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byWord.Clear();
            _recent.Clear();
        }
    }
}
