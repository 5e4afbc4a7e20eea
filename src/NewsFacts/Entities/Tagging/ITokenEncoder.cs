using NewsFacts.Text;

namespace NewsFacts.Entities;

/// <summary>
/// Gives each token of a sentence a vector of <see cref="Dimensions"/> numbers that describes it in context (for
/// example the hidden states of a neural sentence encoder). An entity model trained with such vectors (the
/// optional accurate mode, package NewsFacts.Contextual) needs the same encoder at run time.
/// </summary>
/// <remarks>Implementations must be thread-safe and deterministic: the same sentence always gives the same vectors.</remarks>
public interface ITokenEncoder
{
    /// <summary>Width of one token's vector.</summary>
    int Dimensions { get; }

    /// <summary>A name that identifies the encoder and its weights; an entity model records the name it was trained with.</summary>
    string Name { get; }

    /// <summary>
    /// Writes one vector per token of <paramref name="sentence"/>, token-major, into <paramref name="vectors"/>
    /// (length ≥ the sentence's tokens × <see cref="Dimensions"/>). The encoder may read the tokens around the
    /// sentence as context.
    /// </summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">All tokens of the document.</param>
    /// <param name="sentence">The range of <paramref name="tokens"/> to encode.</param>
    /// <param name="vectors">Receives the vectors.</param>
    void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Range sentence, Span<float> vectors);
}
