using NewsFacts.Cli.Batch;

namespace NewsFacts.Cli.Outputs;

/// <summary>
/// Writes a directory of three Parquet tables: documents.parquet (one row per document, in input order),
/// entities.parquet and facts.parquet (flat, one row per mention or fact, joined on document_id).
/// </summary>
internal sealed class ParquetOutput : IDocumentSink
{
    private readonly DocumentsTable _documents = new();
    private readonly EntitiesTable _entities = new();
    private readonly FactsTable _facts = new();

    private ParquetOutput()
    {
    }

    /// <summary>The file names of the tables, in the order of <see cref="Tables"/>.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["documents.parquet", "entities.parquet", "facts.parquet"];

    private ParquetTable[] Tables => [_documents, _entities, _facts];

    /// <summary>Creates the three files in <paramref name="directory"/> (which must exist), their names ending in <paramref name="suffix"/>.</summary>
    public static async Task<ParquetOutput> CreateAsync(string directory, CancellationToken cancellation, string suffix = "")
    {
        var output = new ParquetOutput();
        try
        {
            for (int i = 0; i < FileNames.Count; i++)
            {
                await output.Tables[i].OpenAsync(Path.Combine(directory, FileNames[i] + suffix), cancellation).ConfigureAwait(false);
            }

            return output;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await output.DisposeAsync().ConfigureAwait(false);
            throw new CliException(ExitCodes.OutputError, $"Cannot write Parquet tables in '{directory}': {e.Message}");
        }
    }

    /// <inheritdoc/>
    public async ValueTask WriteAsync(ProcessedDocument document, CancellationToken cancellation)
    {
        _documents.Add(document.Record);
        _entities.Add(document.Record);
        _facts.Add(document.Record);
        foreach (var table in Tables)
        {
            await table.FlushAsync(force: false, cancellation).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(bool endOfInput, CancellationToken cancellation)
    {
        foreach (var table in Tables)
        {
            await table.FlushAsync(force: true, cancellation).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var table in Tables)
        {
            await table.DisposeAsync().ConfigureAwait(false);
        }
    }
}
