using System.Globalization;
using NewsFacts.Cli.Inputs;
using NewsFacts.Cli.Outputs;

namespace NewsFacts.Cli.Batch;

/// <summary>Everything <c>newsfacts extract</c> was asked to do.</summary>
internal sealed record BatchSettings
{
    /// <summary>The default --chunk-size: small enough that a kill loses little, large enough for few files.</summary>
    public const int DefaultChunkSize = 10_000;

    /// <summary>Input files, directories and "-".</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>-o: a JSON Lines file (null or "-": standard output) or a Parquet directory.</summary>
    public string? Output { get; init; }

    /// <summary>--format.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Jsonl;

    /// <summary>--ids: a file of ids to restrict the run to.</summary>
    public string? IdsFile { get; init; }

    /// <summary>--gazetteer: a user gazetteer file.</summary>
    public string? GazetteerFile { get; init; }

    /// <summary>--min-confidence.</summary>
    public double MinConfidence { get; init; } = NewsFactsOptions.DefaultMinimumFactConfidence;

    /// <summary>--models: a directory of model files.</summary>
    public string? Models { get; init; }

    /// <summary>--accurate: the contextual entity model of NewsFacts.Contextual instead of the fast one.</summary>
    public bool Accurate { get; init; }

    /// <summary>--threads: documents processed at once.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>--quiet: no progress and no summary.</summary>
    public bool Quiet { get; init; }

    /// <summary>--id-field, --text-field and --max-chars.</summary>
    public ReaderSettings Reader { get; init; } = ReaderSettings.Default;

    /// <summary>--fail-on-error: stop at the first error record (it is written) and exit 5.</summary>
    public bool FailOnError { get; init; }

    /// <summary>--checkpoint: a directory for committed chunks and their manifest.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>--resume: continue the run recorded in the checkpoint.</summary>
    public bool Resume { get; init; }

    /// <summary>--chunk-size: documents per checkpoint chunk.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>--shard i/N.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>The settings that decide which records are produced and what they hold: a resume must repeat them.</summary>
    public SortedDictionary<string, string> Fingerprint() => new(StringComparer.Ordinal)
    {
        ["inputs"] = string.Join('\n', Inputs),
        ["ids"] = IdsFile ?? "",
        ["shard"] = Shard?.ToString() ?? "",
        ["idField"] = Reader.IdField,
        ["textField"] = Reader.TextField,
        ["maxChars"] = Reader.MaxChars.ToString(CultureInfo.InvariantCulture),
        ["minConfidence"] = MinConfidence.ToString("R", CultureInfo.InvariantCulture),
        ["models"] = Models ?? "",
        ["accurate"] = Accurate ? "true" : "false",
        ["gazetteer"] = GazetteerFile ?? "",
    };
}
