using NewsFacts.Cli.Batch;

namespace NewsFacts.Cli.Outputs;

/// <summary>Where processed documents go, in input order, one at a time from a single thread.</summary>
internal interface IDocumentSink : IAsyncDisposable
{
    /// <summary>Writes one document.</summary>
    ValueTask WriteAsync(ProcessedDocument document, CancellationToken cancellation);

    /// <summary>Finishes the output after the last document written: flushes, and commits what must be committed.</summary>
    /// <param name="endOfInput">True when every input record was written; false when the run stopped early
    /// (--fail-on-error): what was written is kept, but a checkpoint is not marked complete.</param>
    /// <param name="cancellation">Cancels the work.</param>
    ValueTask CompleteAsync(bool endOfInput, CancellationToken cancellation);
}
