using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace NewsFacts.Orleans;

/// <summary>A job's persisted state: the request, the plan and which chunks are committed.</summary>
[GenerateSerializer, Alias("NewsFacts.Orleans.ExtractionJobState")]
public sealed class ExtractionJobState
{
    /// <summary>The request, once started.</summary>
    [Id(0)] public ExtractionJobRequest? Request { get; set; }
    /// <summary>The chunks, once planned.</summary>
    [Id(1)] public List<ChunkSpec>? Chunks { get; set; }
    /// <summary>Per chunk: committed or not.</summary>
    [Id(2)] public List<bool> Done { get; set; } = [];
    /// <summary>Per chunk: its documents and errors once committed.</summary>
    [Id(3)] public List<int> Documents { get; set; } = [];
    /// <summary>Per chunk: its error records once committed.</summary>
    [Id(4)] public List<int> Errors { get; set; } = [];
    /// <summary>Chunk calls retried so far.</summary>
    [Id(5)] public int Retries { get; set; }
    /// <summary>The assembled output, once complete.</summary>
    [Id(6)] public string? OutputPath { get; set; }
    /// <summary>A fatal error.</summary>
    [Id(7)] public string? Failure { get; set; }
}

/// <summary>
/// Dispatches a job's chunks with bounded concurrency from inside the cluster. Reentrant, so status calls are
/// answered while chunk calls are in flight (all code still runs one turn at a time). A grain timer drives the
/// loop; a reminder re-activates the job (on a live silo) if its silo died, and any status call does too.
/// </summary>
[Reentrant]
internal sealed class ExtractionJobGrain(
    [PersistentState("job", NewsFactsOrleans.StorageName)] IPersistentState<ExtractionJobState> state,
    ILogger<ExtractionJobGrain> logger) : Grain, IExtractionJobGrain, IRemindable
{
    private const string ReminderName = "dispatch";
    private readonly HashSet<int> _inFlight = [];
    private const int MaxChunkFailures = 10;
    private readonly Queue<int> _retry = new();
    private readonly Dictionary<int, int> _failures = [];
    private int _next;
    private bool _planning, _assembling, _dirty, _writing;
    private IGrainTimer? _timer;

    private string JobId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Request is not null && state.State.OutputPath is null && state.State.Failure is null)
        {
            StartLoop();
        }

        return Task.CompletedTask;
    }

    public async Task<ExtractionJobStatus> StartAsync(ExtractionJobRequest request)
    {
        if (state.State.Request is null)
        {
            if (request.ChunkSize < 1 || request.MaxConcurrency < 1 || string.IsNullOrEmpty(request.OutputDirectory) || request.Inputs.Count == 0)
            {
                throw new ArgumentException("a job needs inputs, an output directory, ChunkSize >= 1 and MaxConcurrency >= 1");
            }

            state.State.Request = request;
            await state.WriteStateAsync();
            await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            StartLoop();
        }

        return Status();
    }

    public Task<ExtractionJobStatus> GetStatusAsync() => Task.FromResult(Status());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (state.State.OutputPath is not null || state.State.Failure is not null)
        {
            var reminder = await this.GetReminder(reminderName);
            if (reminder is not null)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        else
        {
            StartLoop(); // activation already did it; harmless
        }
    }

    private void StartLoop()
    {
        _timer ??= this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(500)) { Interleave = true, KeepAlive = true });
    }

    private ExtractionJobStatus Status()
    {
        var s = state.State;
        var status = new ExtractionJobStatus
        {
            JobId = JobId, Started = s.Request is not null, Planned = s.Chunks is not null,
            Completed = s.OutputPath is not null, OutputPath = s.OutputPath, Failure = s.Failure, Retries = s.Retries,
            Silo = RuntimeIdentity,
        };
        if (s.Chunks is not null)
        {
            status.TotalChunks = s.Chunks.Count;
            for (int i = 0; i < s.Chunks.Count; i++)
            {
                status.TotalDocuments += s.Chunks[i].Count;
                if (s.Done[i])
                {
                    status.DoneChunks++;
                    status.DoneDocuments += s.Documents[i];
                    status.Errors += s.Errors[i];
                }
            }
        }

        return status;
    }

    private async Task Tick(CancellationToken cancellationToken)
    {
        var s = state.State;
        if (s.Request is null || s.OutputPath is not null || s.Failure is not null)
        {
            return;
        }

        if (s.Chunks is null)
        {
            if (!_planning)
            {
                _planning = true;
                try
                {
                    var request = s.Request;
                    var chunks = await Task.Run(() => ChunkPlanner.Plan(request.Inputs, request.ChunkSize));
                    s.Chunks = chunks;
                    s.Done = [.. new bool[chunks.Count]];
                    s.Documents = [.. new int[chunks.Count]];
                    s.Errors = [.. new int[chunks.Count]];
                    logger.LogInformation("job {Job}: {Chunks} chunks", JobId, chunks.Count);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    s.Failure = e.Message;
                }
                finally
                {
                    _planning = false;
                }

                await Persist();
            }

            return;
        }

        Dispatch();
        if (_dirty)
        {
            await Persist();
        }

        if (_inFlight.Count == 0 && s.Done.All(d => d) && !_assembling)
        {
            _assembling = true;
            try
            {
                var request = s.Request;
                int count = s.Chunks.Count;
                s.OutputPath = await Task.Run(() => Assemble(request.OutputDirectory, count));
                await Persist();
                logger.LogInformation("job {Job}: complete, {Path}", JobId, s.OutputPath);
                _timer?.Dispose();
                _timer = null;
            }
            finally
            {
                _assembling = false;
            }
        }
    }

    private void Dispatch()
    {
        var s = state.State;
        var request = s.Request!;
        while (s.Failure is null && _inFlight.Count < request.MaxConcurrency)
        {
            int chunk;
            if (_retry.Count > 0)
            {
                chunk = _retry.Dequeue();
            }
            else
            {
                while (_next < s.Chunks!.Count && s.Done[_next])
                {
                    _next++;
                }

                if (_next >= s.Chunks.Count)
                {
                    break;
                }

                chunk = _next++;
            }

            if (s.Done[chunk] || !_inFlight.Add(chunk))
            {
                continue;
            }

            _ = RunChunk(chunk);
        }
    }

    private async Task RunChunk(int index)
    {
        var s = state.State;
        var spec = s.Chunks![index];
        try
        {
            var grain = GrainFactory.GetGrain<IChunkGrain>(ChunkGrain.Key(JobId, spec));
            var result = await grain.ExtractAsync(spec, s.Request!).WaitAsync(s.Request!.ChunkTimeout);
            s.Done[index] = true;
            s.Documents[index] = result.Documents;
            s.Errors[index] = result.Errors;
            _dirty = true;
        }
        catch (Exception e)
        {
            // The chunk's silo died, the call timed out, or the chunk failed: try it again later (idempotent).
            s.Retries++;
            _dirty = true;
            int failures = _failures[index] = _failures.GetValueOrDefault(index) + 1;
            if (failures >= MaxChunkFailures)
            {
                // not a dead silo: the chunk itself fails (an input changed or became unreadable)
                s.Failure ??= $"chunk {index} ({spec.DisplayName} from line {spec.FirstLine}) failed {failures} times: {e.GetType().Name}: {e.Message}";
                logger.LogError("job {Job}: {Failure}", JobId, s.Failure);
            }
            else
            {
                logger.LogWarning("job {Job}: chunk {Chunk} failed ({Error}); retrying", JobId, index, e.GetType().Name + ": " + e.Message);
                _retry.Enqueue(index);
            }
        }
        finally
        {
            _inFlight.Remove(index);
        }

        Dispatch();
    }

    private async Task Persist()
    {
        if (_writing)
        {
            return; // the next tick writes
        }

        _writing = true;
        try
        {
            _dirty = false;
            await state.WriteStateAsync();
        }
        catch (Exception e)
        {
            _dirty = true;
            logger.LogWarning("job {Job}: state not written ({Error})", JobId, e.Message);
        }
        finally
        {
            _writing = false;
        }
    }

    /// <summary>Concatenates the committed chunks in order into <c>facts.jsonl</c> (temporary file, then rename).</summary>
    internal static string Assemble(string outputDirectory, int chunks)
    {
        string path = Path.Combine(outputDirectory, "facts.jsonl");
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            for (int i = 0; i < chunks; i++)
            {
                using var input = File.OpenRead(ChunkGrain.ChunkPath(outputDirectory, i));
                input.CopyTo(output);
            }

            output.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);

        // Every chunk is committed: temporary files left now are from writers that died (kill -9) or were abandoned.
        foreach (string leftover in Directory.EnumerateFiles(Path.Combine(outputDirectory, "chunks"), "*.tmp"))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (IOException)
            {
            }
        }

        return path;
    }
}
