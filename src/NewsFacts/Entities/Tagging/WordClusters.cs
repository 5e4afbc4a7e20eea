namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Word clusters learned from unlabeled news text: a lower-cased word hash maps to a cluster id.
/// Words in the same cluster share features, so the tagger generalises to words it never saw labelled.
/// </summary>
internal sealed class WordClusters
{
    private readonly Dictionary<ulong, ulong> _clusters;

    public WordClusters(Dictionary<ulong, ulong> clusters) => _clusters = clusters;

    public int Count => _clusters.Count;

    public IEnumerable<KeyValuePair<ulong, ulong>> Entries => _clusters;

    /// <summary>The cluster id (never 0 or 1) of a lower-cased word hash, or 0 when unknown.</summary>
    public ulong Lookup(ulong lowerHash) => _clusters.TryGetValue(lowerHash, out var id) ? id : 0;
}
