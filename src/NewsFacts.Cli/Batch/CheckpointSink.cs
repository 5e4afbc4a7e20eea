using NewsFacts.Cli.Outputs;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// Writes documents into checkpoint chunks of <c>chunkSize</c> records: each is written to a temporary file,
/// flushed to disk, renamed into place and then listed in the manifest. A kill loses at most the open chunk,
/// which a resumed run writes again. Chunks are always JSON Lines; the final output is assembled from them.
/// </summary>
internal sealed class CheckpointSink(CheckpointStore store, int chunkSize) : IDocumentSink
{
    private FileStream? _chunk;
    private string? _temporary;
    private ChunkEntry? _entry;

    /// <inheritdoc/>
    public async ValueTask WriteAsync(ProcessedDocument document, CancellationToken cancellation)
    {
        if (_chunk is null)
        {
            string path = store.ChunkPath(store.Manifest.Chunks.Count);
            _temporary = path + ".tmp";
            _chunk = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            _entry = new ChunkEntry { File = Path.GetFileName(path), First = store.Manifest.Documents };
        }

        await _chunk.WriteAsync(document.Json ?? DocumentProcessor.Serialize(document.Record), cancellation).ConfigureAwait(false);
        _entry!.Statistics.Add(document);
        _entry.LastId = document.Record.Id;
        if (_entry.Statistics.Documents >= chunkSize)
        {
            await CommitAsync(cancellation).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(bool endOfInput, CancellationToken cancellation)
    {
        if (!endOfInput)
        {
            return; // the open chunk is dropped on disposal; the manifest keeps what was committed
        }

        if (_chunk is not null)
        {
            await CommitAsync(cancellation).ConfigureAwait(false);
        }

        store.MarkComplete();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_chunk is not null)
        {
            await _chunk.DisposeAsync().ConfigureAwait(false);
            File.Delete(_temporary!);
            _chunk = null;
        }
    }

    private async Task CommitAsync(CancellationToken cancellation)
    {
        await _chunk!.FlushAsync(cancellation).ConfigureAwait(false);
        _chunk.Flush(flushToDisk: true);
        _entry!.Bytes = _chunk.Length;
        await _chunk.DisposeAsync().ConfigureAwait(false);
        _chunk = null;
        store.Commit(_temporary!, _entry);
    }
}
