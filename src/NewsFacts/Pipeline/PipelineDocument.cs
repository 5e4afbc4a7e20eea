using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts.Pipeline;

/// <summary>
/// The document as it flows through the stages: each stage reads what earlier stages wrote and adds its
/// own layer (tokens and sentences, then mentions, then facts). Offsets always index <see cref="Text"/>.
/// </summary>
internal sealed class PipelineDocument
{
    public PipelineDocument(string id, string text)
    {
        Id = id;
        Text = text;
        Normalized = CharNormalizer.Normalize(text);
    }

    public string Id { get; }

    /// <summary>The original text: what offsets index and what mentions quote.</summary>
    public string Text { get; }

    /// <summary>Same length as <see cref="Text"/>, with typographic variants mapped to plain characters.</summary>
    public string Normalized { get; }

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entity mentions as token ranges, in text order, not overlapping.</summary>
    public List<MentionSpan> Mentions { get; } = [];

    /// <summary>Mentions with their canonical names, in text order.</summary>
    public List<EntityMention> Entities { get; } = [];

    public List<Fact> Facts { get; } = [];

    public ReadOnlySpan<Token> SentenceTokens(Sentence sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens).Slice(sentence.FirstToken, sentence.TokenCount);
}

/// <summary>A mention as a token range of the document.</summary>
internal readonly record struct MentionSpan(int FirstToken, int EndToken, EntityType Type, float Confidence);

/// <summary>One step of the pipeline: reads the layers of earlier stages and adds its own.</summary>
internal interface IPipelineStage
{
    void Process(PipelineDocument document);
}
