using NewsFacts.Entities;
using NewsFacts.Text;

namespace NewsFacts.Contextual;

/// <summary>
/// Several encoders read as one: a token's vector is the concatenation of theirs, each part scaled to length 1
/// first so that no encoder outweighs another by its raw magnitudes. Its name joins theirs with '+'.
/// </summary>
public sealed class ConcatenatedTokenEncoder : ITokenEncoder
{
    private readonly ITokenEncoder[] _parts;

    /// <param name="parts">The encoders, in order (at least two).</param>
    public ConcatenatedTokenEncoder(IReadOnlyList<ITokenEncoder> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count < 2)
        {
            throw new ArgumentException("Concatenate at least two encoders.", nameof(parts));
        }

        _parts = [.. parts];
        Dimensions = _parts.Sum(p => p.Dimensions);
        Name = string.Join('+', _parts.Select(p => p.Name));
    }

    /// <summary>The encoders, in order.</summary>
    public IReadOnlyList<ITokenEncoder> Parts => _parts;

    /// <inheritdoc />
    public int Dimensions { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Range sentence, Span<float> vectors)
    {
        int count = sentence.GetOffsetAndLength(tokens.Length).Length;
        if (vectors.Length < count * Dimensions)
        {
            throw new ArgumentException("The vector buffer is smaller than the sentence's tokens × Dimensions.", nameof(vectors));
        }

        int offset = 0;
        foreach (var part in _parts)
        {
            var own = new float[count * part.Dimensions];
            part.Encode(text, tokens, sentence, own);
            for (int t = 0; t < count; t++)
            {
                var source = own.AsSpan(t * part.Dimensions, part.Dimensions);
                var target = vectors.Slice((t * Dimensions) + offset, part.Dimensions);
                double sum = 0;
                foreach (float x in source)
                {
                    sum += x * x;
                }

                float factor = sum > 0 ? (float)(1 / Math.Sqrt(sum)) : 0f;
                for (int d = 0; d < source.Length; d++)
                {
                    target[d] = source[d] * factor;
                }
            }

            offset += part.Dimensions;
        }
    }
}
