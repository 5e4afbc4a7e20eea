using System.Diagnostics;
using NewsFacts.Cli.Inputs;
using NewsFacts.Cli.Outputs;
using NewsFacts.Pipeline;
using Spectre.Console;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// Runs <c>newsfacts extract</c>: reads the inputs as a stream, extracts on <c>--threads</c> workers, writes
/// the records in input order to the output (directly, or through checkpoint chunks that are assembled at the
/// end), shows progress at a terminal and prints the summary.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Runs the batch; returns the exit code (0 done, 5 stopped at an error record with --fail-on-error).</summary>
    /// <exception cref="CliException">A fatal problem: bad arguments, missing inputs, unwritable output, bad models.</exception>
    public static async Task<int> RunAsync(BatchSettings settings, TextReader stdin, TextWriter error, CancellationToken cancellation)
    {
        var reader = new InputReader(settings.Inputs, stdin, settings.Reader);
        reader.Validate();
        var ids = settings.IdsFile is null ? null : BatchResources.ReadIds(settings.IdsFile);
        var extractor = BatchResources.CreateExtractor(settings);
        CheckpointStore? checkpoint = null;
        if (settings.Checkpoint is not null)
        {
            OutputTarget.CheckWritable(settings.Output, settings.Format);
            checkpoint = CheckpointStore.Open(settings.Checkpoint, settings.Fingerprint(), settings.Resume);
        }

        var clock = Stopwatch.StartNew();
        var run = new RunStatistics();
        Outcome outcome = Outcome.Completed;
        if (checkpoint?.Manifest.Complete != true)
        {
            var selector = new RecordSelector(ids, settings.Shard, checkpoint?.Manifest.Documents ?? 0);
            var processor = new DocumentProcessor(extractor, serializeJson: checkpoint is not null || settings.Format == OutputFormat.Jsonl);
            await using var sink = checkpoint is null
                ? await OutputTarget.OpenAsync(settings.Output, settings.Format, cancellation).ConfigureAwait(false)
                : new CheckpointSink(checkpoint, settings.ChunkSize);
            Func<Task<Outcome>> work = () => ProcessAsync(settings, reader, selector, processor, sink, run, error, cancellation);
            outcome = ProgressDisplay.ShouldShow(settings.Quiet, Console.IsErrorRedirected, Environment.GetEnvironmentVariable)
                ? await ProgressDisplay.RunAsync(ErrorConsole(error), work, () => new(run.Documents, run.Tokens, run.Errors, reader.BytesRead.Value), reader.MeasureTotalBytes()).ConfigureAwait(false)
                : await work().ConfigureAwait(false);
            await WrapOutputErrors(() => sink.CompleteAsync(outcome == Outcome.Completed, cancellation).AsTask(), settings).ConfigureAwait(false);
        }

        if (checkpoint is not null && outcome == Outcome.Completed)
        {
            await WrapOutputErrors(() => OutputAssembler.AssembleAsync(checkpoint, settings.Output, settings.Format, cancellation), settings).ConfigureAwait(false);
        }

        if (!settings.Quiet)
        {
            var total = run;
            if (checkpoint is not null)
            {
                total = new RunStatistics();
                checkpoint.Manifest.Chunks.ForEach(c => total.Add(c.Statistics));
            }

            foreach (string line in Summary.Format(total, run, clock.Elapsed, settings.Threads, PeakMemory.Bytes()))
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
            }
        }

        return outcome == Outcome.Completed ? ExitCodes.Success : ExitCodes.DocumentFailed;
    }

    private enum Outcome
    {
        Completed,
        StoppedAtError,
    }

    private static async Task<Outcome> ProcessAsync(
        BatchSettings settings, InputReader reader, RecordSelector selector, DocumentProcessor processor, IDocumentSink sink, RunStatistics run, TextWriter error, CancellationToken cancellation)
    {
        try
        {
            return await WriteAllAsync(settings, reader, selector, processor, sink, run, error, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Write failures arrive as CliException; what is left is a directory that cannot be listed mid-run.
            throw new CliException(ExitCodes.InputError, $"Cannot read the input: {e.Message}");
        }
    }

    private static async Task<Outcome> WriteAllAsync(
        BatchSettings settings, InputReader reader, RecordSelector selector, DocumentProcessor processor, IDocumentSink sink, RunStatistics run, TextWriter error, CancellationToken cancellation)
    {
        var records = reader.ReadAllAsync(selector, cancellation);
        await foreach (var document in OrderedParallel.MapAsync(records, processor.Process, settings.Threads, cancellation).ConfigureAwait(false))
        {
            try
            {
                await sink.WriteAsync(document, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw OutputFailed(settings, e);
            }

            run.Add(document);
            if (settings.FailOnError && document.Record.Error is { } failure)
            {
                await error.WriteLineAsync($"newsfacts: stopped at '{document.Record.Id}' ({failure.Code}: {failure.Message}) because of --fail-on-error.").ConfigureAwait(false);
                return Outcome.StoppedAtError;
            }
        }

        return Outcome.Completed;
    }

    // A write that fails mid-run (disk full, directory removed) is an output problem: exit 3, not a crash.
    private static async Task WrapOutputErrors(Func<Task> write, BatchSettings settings)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputFailed(settings, e);
        }
    }

    private static CliException OutputFailed(BatchSettings settings, Exception e) =>
        new(ExitCodes.OutputError, $"Cannot write the output ({settings.Output ?? settings.Checkpoint ?? "standard output"}): {e.Message}");

    private static IAnsiConsole ErrorConsole(TextWriter error) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        Interactive = InteractionSupport.Yes,
    });
}
