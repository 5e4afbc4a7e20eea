namespace NewsFacts.Cli.Outputs;

/// <summary>The output formats of <c>newsfacts extract --format</c>.</summary>
internal enum OutputFormat
{
    /// <summary>JSON Lines, one record per document (the output contract); to a file or standard output.</summary>
    Jsonl,

    /// <summary>A directory of Parquet tables: documents.parquet, entities.parquet and facts.parquet.</summary>
    Parquet,
}
