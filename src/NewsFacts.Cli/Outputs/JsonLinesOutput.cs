using NewsFacts.Cli.Batch;

namespace NewsFacts.Cli.Outputs;

/// <summary>Writes each document's JSON line to a stream (a file or standard output).</summary>
internal sealed class JsonLinesOutput(Stream stream) : IDocumentSink
{
    /// <inheritdoc/>
    public ValueTask WriteAsync(ProcessedDocument document, CancellationToken cancellation) =>
        stream.WriteAsync(document.Json ?? DocumentProcessor.Serialize(document.Record), cancellation);

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(bool endOfInput, CancellationToken cancellation) => await stream.FlushAsync(cancellation).ConfigureAwait(false);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await stream.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
