using NewsFacts.Entities;

namespace NewsFacts;

/// <summary>Settings of a <see cref="NewsFactsExtractor"/>. Read once when the extractor is created.</summary>
public sealed class NewsFactsOptions
{
    /// <summary>The default of <see cref="MaxTextLength"/>: 2 million characters (about 4 MB of UTF-8 news text).</summary>
    public const int DefaultMaxTextLength = 2_000_000;

    /// <summary>The default of <see cref="MinimumFactConfidence"/>: the threshold with the best fact F1 in
    /// cross-validation over the annotated training articles.</summary>
    public const double DefaultMinimumFactConfidence = 0.4;

    /// <summary>
    /// Facts whose confidence (the relation classifier's probability of the fact's relation and direction) is lower
    /// are dropped. Default <see cref="DefaultMinimumFactConfidence"/>; raise it for precision, lower it for recall.
    /// </summary>
    public double MinimumFactConfidence { get; set; } = DefaultMinimumFactConfidence;

    /// <summary>Entity mentions with a lower confidence are dropped. Default 0 (keep all the tagger finds).</summary>
    public double MinimumEntityConfidence { get; set; }

    /// <summary>Longer texts are rejected with error code <c>text_too_long</c> instead of being processed.</summary>
    public int MaxTextLength { get; set; } = DefaultMaxTextLength;

    /// <summary>How many documents <see cref="NewsFactsExtractor.ExtractManyAsync(IAsyncEnumerable{NewsArticle}, CancellationToken)"/>
    /// processes at once. Default: the number of processors. Output order is always the input order.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>User names and suppressions that take precedence over the statistical model.</summary>
    public EntityGazetteer Gazetteer { get; set; } = new();

    /// <summary>
    /// A directory holding model files (<c>ner.bin</c>, ...) to use instead of the models shipped in the package.
    /// Null (the default) uses the shipped models.
    /// </summary>
    public string? ModelDirectory { get; set; }

    /// <summary>
    /// Opens the entity model to use instead of <see cref="ModelDirectory"/>'s or the shipped one; the stream is
    /// read once and closed. Null (the default) leaves the choice to <see cref="ModelDirectory"/>. The package
    /// NewsFacts.Contextual sets it, with <see cref="TokenEncoder"/>, to its accurate model.
    /// </summary>
    public Func<Stream>? EntityModelSource { get; set; }

    /// <summary>
    /// The contextual encoder that an entity model of the accurate mode was trained with (see
    /// <see cref="Entities.ITokenEncoder"/>); creating an extractor with such a model and no encoder fails with an
    /// <see cref="ArgumentException"/>. Null (the default) for the shipped fast model, which ignores it.
    /// </summary>
    public Entities.ITokenEncoder? TokenEncoder { get; set; }

    internal void Validate()
    {
        if (double.IsNaN(MinimumFactConfidence) || MinimumFactConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumFactConfidence), MinimumFactConfidence, "Must be between 0 and 1.");
        }

        if (double.IsNaN(MinimumEntityConfidence) || MinimumEntityConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumEntityConfidence), MinimumEntityConfidence, "Must be between 0 and 1.");
        }

        if (MaxTextLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTextLength), MaxTextLength, "Must be positive.");
        }

        if (MaxDegreeOfParallelism <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Must be positive.");
        }

        ArgumentNullException.ThrowIfNull(Gazetteer, nameof(Gazetteer));
    }
}
