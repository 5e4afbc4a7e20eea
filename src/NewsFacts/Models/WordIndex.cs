namespace NewsFacts.Models;

/// <summary>Maps the lower-cased word hashes of a model's word table to where each word's scores start.</summary>
internal static class WordIndex
{
    /// <summary>Key i → i × <paramref name="stride"/>.</summary>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public static Dictionary<ulong, int> Of(ulong[] keys, int stride)
    {
        var rows = new Dictionary<ulong, int>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            if (!rows.TryAdd(keys[i], i * stride))
            {
                throw new ArgumentException("A word appears twice in the word scores.", nameof(keys));
            }
        }

        return rows;
    }
}
