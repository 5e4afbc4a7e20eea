using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Models;
using NewsFacts.Pipeline;
using NewsFacts.Relations;
using NewsFacts.Text;

namespace NewsFacts;

/// <summary>
/// Extracts entities and relationship facts from English news text. Create one and share it: it is
/// immutable after construction and thread-safe, and creating it loads the models.
/// </summary>
/// <example>
/// <code>
/// var extractor = NewsFactsExtractor.CreateDefault();
/// var result = extractor.Extract("Meta announced a multi-billion dollar investment in Scale AI.");
/// foreach (var fact in result.Facts) Console.WriteLine($"{fact.Subject.Canonical} {fact.Relation} {fact.Object.Canonical}");
/// </code>
/// </example>
public sealed class NewsFactsExtractor
{
    private readonly NewsFactsOptions _options;
    private readonly IPipelineStage[] _stages;

    private NewsFactsExtractor(NewsFactsOptions options, RelationModel? relationModel = null, bool loadRelations = true)
    {
        options.Validate();
        _options = options;
        var entityModel = ModelStore.LoadEntityModel(options.ModelDirectory, options.EntityModelSource);
        HasEntityModel = entityModel is not null;
        relationModel ??= loadRelations ? ModelStore.LoadRelationModel(options.ModelDirectory) : null;
        HasRelationModel = relationModel is not null;
        _stages =
        [
            new TextStage(),
            new EntityStage(entityModel is null ? null : new EntityTagger(entityModel, options.TokenEncoder), options.Gazetteer, options.MinimumEntityConfidence),
            new AliasResolver(),
            new RelationStage(relationModel, options.MinimumFactConfidence),
        ];
    }

    /// <summary>True when a trained relation model was loaded (always, with the shipped package).</summary>
    public bool HasRelationModel { get; }

    /// <summary>An extractor that uses the given relation model (training and cross-validation).</summary>
    internal static NewsFactsExtractor Create(NewsFactsOptions options, RelationModel relationModel) => new(options, relationModel);

    /// <summary>An extractor for the entity stages only (training data for the relation model).</summary>
    internal static NewsFactsExtractor CreateWithoutRelations(NewsFactsOptions options) => new(options, null, loadRelations: false);

    /// <summary>True when a trained entity model was loaded (always, with the shipped package).</summary>
    public bool HasEntityModel { get; }

    /// <summary>The options this extractor was created with (do not change them afterwards).</summary>
    public NewsFactsOptions Options => _options;

    /// <summary>Creates an extractor with the shipped models and default options.</summary>
    public static NewsFactsExtractor CreateDefault() => new(new NewsFactsOptions());

    /// <summary>Creates an extractor with the given options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="FileNotFoundException"><see cref="NewsFactsOptions.ModelDirectory"/> lacks a model file.</exception>
    /// <exception cref="ArgumentException">The entity model needs a contextual encoder (<see cref="NewsFactsOptions.TokenEncoder"/>) that was not given.</exception>
    public static NewsFactsExtractor Create(NewsFactsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new NewsFactsExtractor(options);
    }

    /// <summary>Extracts from one plain-text article.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="id">An id carried to the result; defaults to "-".</param>
    /// <returns>The result; for empty or oversized text, a result whose <see cref="ExtractionResult.Error"/> says why.</returns>
    public ExtractionResult Extract(string text, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(new NewsArticle(id ?? "-", text));
    }

    /// <summary>Extracts from one article.</summary>
    /// <returns>The result; a document that cannot be processed gets a result with an <see cref="ExtractionResult.Error"/>, never an exception.</returns>
    public ExtractionResult Extract(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Id, nameof(article.Id));
        ArgumentNullException.ThrowIfNull(article.Text, nameof(article.Text));
        string text = article.Text;
        if (text.Length > _options.MaxTextLength)
        {
            return ExtractionResult.Failed(article.Id, "", new ExtractionError(
                ErrorCodes.TextTooLong, $"The text has {text.Length} characters; the limit is {_options.MaxTextLength}."));
        }

        if (article.Format == ArticleFormat.Html)
        {
            text = HtmlToText.Convert(text);
        }

        if (CharNormalizer.IsBlank(text))
        {
            return ExtractionResult.Failed(article.Id, text, new ExtractionError(ErrorCodes.EmptyText, "The text is empty."));
        }

        var document = Analyze(article.Id, text, _stages.Length);
        return new ExtractionResult(document.Id, document.Text, document.Tokens, document.Sentences, document.Entities, document.Facts, null);
    }

    /// <summary>Runs the first <paramref name="stageCount"/> stages on a text (training uses the entity stages only).</summary>
    internal PipelineDocument Analyze(string id, string text, int stageCount)
    {
        var document = new PipelineDocument(id, text);
        for (int i = 0; i < stageCount; i++)
        {
            _stages[i].Process(document);
        }

        return document;
    }

    /// <summary>The number of stages before the relation stage.</summary>
    internal int EntityStageCount => _stages.Length - 1;

    /// <summary>
    /// Extracts from a stream of articles, <see cref="NewsFactsOptions.MaxDegreeOfParallelism"/> at a time,
    /// yielding results in input order. Memory stays bounded: at most a few articles per worker are in flight.
    /// </summary>
    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(
        IAsyncEnumerable<NewsArticle> articles,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return OrderedParallel.MapAsync(articles, Extract, _options.MaxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Extracts from a sequence of articles in parallel, yielding results in input order.</summary>
    public IAsyncEnumerable<ExtractionResult> ExtractManyAsync(IEnumerable<NewsArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return ExtractManyAsync(ToAsync(articles), cancellationToken);
    }

    private static async IAsyncEnumerable<NewsArticle> ToAsync(IEnumerable<NewsArticle> articles)
    {
        foreach (var article in articles)
        {
            yield return article;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
