using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts;

/// <summary>Everything NewsFacts found in one document, or why it could not process it.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(
        string id,
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EntityMention> entities,
        IReadOnlyList<Fact> facts,
        ExtractionError? error)
    {
        Id = id;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Entities = entities;
        Facts = facts;
        Error = error;
    }

    /// <summary>The document id.</summary>
    public string Id { get; }

    /// <summary>The text that was analysed (after HTML conversion, if any); all offsets index into it.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>Facts in evidence order.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Why the document could not be processed; null when it was.</summary>
    public ExtractionError? Error { get; }

    /// <summary>True when the document was processed (possibly finding nothing).</summary>
    public bool Succeeded => Error is null;

    /// <summary>The record of the JSON Lines output contract for this document.</summary>
    public DocumentRecord ToRecord() => Error is null
        ? new DocumentRecord { Id = Id, Entities = Entities, Facts = Facts }
        : new DocumentRecord { Id = Id, Error = Error };

    internal static ExtractionResult Failed(string id, string text, ExtractionError error) =>
        new(id, text, [], [], [], [], error);
}
