namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Finds the best-scoring IOB2-valid tag sequence given per-token emission scores and first-order
/// transition scores. Invalid transitions (O → I-X, B-X → I-Y) are never chosen, so every decoded
/// sequence is well formed.
/// </summary>
internal static class ViterbiDecoder
{
    private const int T = TagSet.Count;

    /// <param name="emissions">Row-major scores, token * T + tag.</param>
    /// <param name="transitions">Row-major scores, previous * T + next.</param>
    /// <param name="start">Scores of each tag at the first token.</param>
    /// <param name="tags">Receives one tag per token.</param>
    /// <param name="scratch">At least emissions.Length bytes for back-pointers.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<byte> tags, Span<byte> scratch)
    {
        int n = tags.Length;
        if (n == 0)
        {
            return;
        }

        Span<float> current = stackalloc float[T];
        Span<float> next = stackalloc float[T];
        for (int k = 0; k < T; k++)
        {
            current[k] = TagSet.IsAllowedFirst((byte)k) ? start[k] + emissions[k] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            var row = emissions.Slice(i * T, T);
            for (int k = 0; k < T; k++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < T; p++)
                {
                    if (!TagSet.IsAllowed((byte)p, (byte)k))
                    {
                        continue;
                    }

                    float s = current[p] + transitions[(p * T) + k];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                next[k] = best + row[k];
                scratch[(i * T) + k] = (byte)arg;
            }

            next.CopyTo(current);
        }

        int last = 0;
        for (int k = 1; k < T; k++)
        {
            if (current[k] > current[last])
            {
                last = k;
            }
        }

        tags[n - 1] = (byte)last;
        for (int i = n - 1; i > 0; i--)
        {
            tags[i - 1] = scratch[(i * T) + tags[i]];
        }
    }
}
