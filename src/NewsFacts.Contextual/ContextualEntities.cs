using NewsFacts.Entities;

namespace NewsFacts.Contextual;

/// <summary>
/// The accurate entity mode: the entity model trained with all-MiniLM-L6-v2 token vectors, shipped in this package
/// (<c>models/ner-contextual.bin</c>), with the encoder it needs.
/// </summary>
/// <example>
/// <code>
/// var extractor = NewsFactsExtractor.Create(new NewsFactsOptions().UseContextualEntities());
/// services.AddNewsFacts(o => o.UseContextualEntities());
/// </code>
/// </example>
public static class ContextualEntities
{
    /// <summary>The resource name of the shipped accurate model.</summary>
    internal const string ModelResource = "NewsFacts.Contextual.Models.ner-contextual.bin";

    /// <summary>Word pieces of context on each side of a sentence that the shipped model was trained with (see models/train.sh).</summary>
    internal const int ShippedContextPieces = 64;

    // One encoder per process: the ONNX session is thread-safe and costs about 90 MB.
    private static readonly Lazy<MiniLmTokenEncoder> SharedEncoder = new(() => new MiniLmTokenEncoder(contextPieces: ShippedContextPieces));

    /// <summary>The process-wide encoder of the shipped accurate model (created on first use).</summary>
    public static ITokenEncoder Encoder => SharedEncoder.Value;

    /// <summary>
    /// The encoder an entity model names (<see cref="ITokenEncoder.Name"/>, as recorded in the model), or null if
    /// this package has no such encoder.
    /// </summary>
    public static ITokenEncoder? EncoderForName(string name) => MiniLmTokenEncoder.ForName(name);

    /// <summary>
    /// Switches <paramref name="options"/> to the accurate entity model and its encoder. It scores higher on
    /// CoNLL-2003 than the default model, though not on today's technology and business news, and tags about a
    /// thousand times slower (some 700 tokens a second per thread instead of some 700,000). The relation model is unchanged.
    /// </summary>
    /// <returns>The same options, for chaining.</returns>
    public static NewsFactsOptions UseContextualEntities(this NewsFactsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TokenEncoder = Encoder;
        options.EntityModelSource = OpenModel;
        return options;
    }

    private static Stream OpenModel() =>
        typeof(ContextualEntities).Assembly.GetManifestResourceStream(ModelResource)
        ?? throw new InvalidOperationException($"This build of NewsFacts.Contextual ships no accurate model ({ModelResource}); run models/train.sh.");
}
