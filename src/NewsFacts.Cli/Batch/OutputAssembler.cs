using NewsFacts.Cli.Inputs;
using NewsFacts.Cli.Outputs;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// Builds the final output of a checkpointed run from its committed chunks, in order: JSON Lines by copying
/// bytes, Parquet by converting each record. Written under a temporary name and renamed, so the output
/// appears whole or not at all; running it again (a resume after completion) rebuilds the same bytes.
/// </summary>
internal static class OutputAssembler
{
    private const string Partial = ".partial";

    /// <summary>Assembles the output at <paramref name="output"/> (null or "-": standard output, JSON Lines only).</summary>
    public static async Task AssembleAsync(CheckpointStore store, string? output, OutputFormat format, CancellationToken cancellation)
    {
        if (format == OutputFormat.Parquet)
        {
            await AssembleParquetAsync(store, OutputTarget.RequireDirectory(output), cancellation).ConfigureAwait(false);
        }
        else if (output is null or "-")
        {
            await using var stdout = OutputTarget.OpenFile(null);
            await CopyChunksAsync(store, stdout, cancellation).ConfigureAwait(false);
        }
        else
        {
            await using (var stream = OutputTarget.OpenFile(output + Partial))
            {
                await CopyChunksAsync(store, stream, cancellation).ConfigureAwait(false);
                ((FileStream)stream).Flush(flushToDisk: true);
            }

            AtomicFile.Commit(output + Partial, output);
        }
    }

    private static async Task CopyChunksAsync(CheckpointStore store, Stream output, CancellationToken cancellation)
    {
        foreach (string chunk in store.CommittedChunks)
        {
            await using var input = new FileStream(chunk, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            await input.CopyToAsync(output, cancellation).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellation).ConfigureAwait(false);
    }

    private static async Task AssembleParquetAsync(CheckpointStore store, string directory, CancellationToken cancellation)
    {
        await using (var parquet = await ParquetOutput.CreateAsync(directory, cancellation, Partial).ConfigureAwait(false))
        {
            foreach (string chunk in store.CommittedChunks)
            {
                using var stream = new FileStream(chunk, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                var lines = new LineReader(stream, long.MaxValue);
                while (lines.TryRead(out var line))
                {
                    var record = FactsJson.Deserialize(System.Text.Encoding.UTF8.GetString(line.Bytes!));
                    await parquet.WriteAsync(new ProcessedDocument(record, 0, null), cancellation).ConfigureAwait(false);
                }
            }

            await parquet.CompleteAsync(endOfInput: true, cancellation).ConfigureAwait(false);
        }

        foreach (string name in ParquetOutput.FileNames)
        {
            AtomicFile.Commit(Path.Combine(directory, name + Partial), Path.Combine(directory, name));
        }
    }
}
