using Orleans;

namespace NewsFacts.Orleans;

/// <summary>What to extract: JSON Lines inputs (files or directories of <c>.jsonl</c> files) into an output directory.</summary>
[GenerateSerializer, Alias("NewsFacts.Orleans.ExtractionJobRequest")]
public sealed class ExtractionJobRequest
{
    /// <summary>Files or directories (searched recursively for <c>*.jsonl</c>, in ordinal order of the relative path).</summary>
    [Id(0)] public List<string> Inputs { get; set; } = [];
    /// <summary>The directory the chunks (<c>chunks/chunk-NNNNNN.jsonl</c>) and the final <c>facts.jsonl</c> are written to; every silo must see it.</summary>
    [Id(1)] public string OutputDirectory { get; set; } = "";
    /// <summary>Records per chunk (one grain call each; keep a chunk to seconds of work).</summary>
    [Id(2)] public int ChunkSize { get; set; } = 200;
    /// <summary>Chunks in flight at once for this job, across the cluster.</summary>
    [Id(3)] public int MaxConcurrency { get; set; } = 4;
    /// <summary>The JSON field holding the id (string or number; default <c>id</c>; missing: <c>FILE:LINE</c>).</summary>
    [Id(4)] public string IdField { get; set; } = "id";
    /// <summary>The JSON field holding the text (default <c>text</c>).</summary>
    [Id(5)] public string TextField { get; set; } = "text";
    /// <summary>A chunk call that has not answered within this time is abandoned and retried (its silo may be dead).</summary>
    [Id(6)] public TimeSpan ChunkTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>A job's progress.</summary>
[GenerateSerializer, Alias("NewsFacts.Orleans.ExtractionJobStatus")]
public sealed class ExtractionJobStatus
{
    /// <summary>The job id.</summary>
    [Id(0)] public string JobId { get; set; } = "";
    /// <summary>Whether the job was ever started.</summary>
    [Id(1)] public bool Started { get; set; }
    /// <summary>Whether the chunk plan is known (<see cref="TotalChunks"/> and <see cref="TotalDocuments"/> are final).</summary>
    [Id(2)] public bool Planned { get; set; }
    /// <summary>Whether every chunk is committed and the output assembled.</summary>
    [Id(3)] public bool Completed { get; set; }
    /// <summary>Committed chunks.</summary>
    [Id(4)] public int DoneChunks { get; set; }
    /// <summary>All chunks.</summary>
    [Id(5)] public int TotalChunks { get; set; }
    /// <summary>Documents in committed chunks.</summary>
    [Id(6)] public long DoneDocuments { get; set; }
    /// <summary>All documents.</summary>
    [Id(7)] public long TotalDocuments { get; set; }
    /// <summary>Error records in committed chunks.</summary>
    [Id(8)] public long Errors { get; set; }
    /// <summary>Chunk calls that failed or timed out and were retried.</summary>
    [Id(9)] public int Retries { get; set; }
    /// <summary>The assembled output file, once complete.</summary>
    [Id(10)] public string? OutputPath { get; set; }
    /// <summary>A fatal job error (for example an unreadable input list), or null.</summary>
    [Id(11)] public string? Failure { get; set; }
    /// <summary>The silo that answered (where the job grain is active now).</summary>
    [Id(12)] public string? Silo { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{DoneDocuments}/{TotalDocuments} documents, {DoneChunks}/{TotalChunks} chunks, {Errors} errors, {Retries} retries" +
        (Completed ? ", complete" : "") + (Failure is null ? "" : ", failed: " + Failure);
}

/// <summary>One deterministic slice of one input (a shard): records <c>[FirstRecord, FirstRecord + Count)</c> of the file, starting at byte <see cref="Offset"/>.</summary>
[GenerateSerializer, Alias("NewsFacts.Orleans.ChunkSpec")]
public sealed class ChunkSpec
{
    /// <summary>The chunk's position in the job's output order (names <c>chunk-NNNNNN.jsonl</c>).</summary>
    [Id(0)] public int Ordinal { get; set; }
    /// <summary>The input file's index in the job's input list.</summary>
    [Id(1)] public int Shard { get; set; }
    /// <summary>The chunk's index within its input file.</summary>
    [Id(2)] public int Chunk { get; set; }
    /// <summary>The input file.</summary>
    [Id(3)] public string Path { get; set; } = "";
    /// <summary>The name used in <c>FILE:LINE</c> ids (relative to the input directory, or as given).</summary>
    [Id(4)] public string DisplayName { get; set; } = "";
    /// <summary>Byte offset of the chunk's first line.</summary>
    [Id(5)] public long Offset { get; set; }
    /// <summary>1-based line number of the chunk's first line.</summary>
    [Id(6)] public long FirstLine { get; set; }
    /// <summary>Non-blank lines (records) in the chunk.</summary>
    [Id(7)] public int Count { get; set; }
}

/// <summary>What a committed chunk holds.</summary>
[GenerateSerializer, Alias("NewsFacts.Orleans.ChunkResult")]
public sealed class ChunkResult
{
    /// <summary>Records written.</summary>
    [Id(0)] public int Documents { get; set; }
    /// <summary>Error records among them.</summary>
    [Id(1)] public int Errors { get; set; }
    /// <summary>True when the chunk was already committed and was not extracted again.</summary>
    [Id(2)] public bool AlreadyCommitted { get; set; }
}

/// <summary>The work of one chunk; key <c>job/shard/chunk</c>. Idempotent: a committed chunk is not extracted again.</summary>
[Alias("NewsFacts.Orleans.IChunkGrain")]
public interface IChunkGrain : IGrainWithStringKey
{
    /// <summary>Extracts the chunk's records and commits <c>chunks/chunk-NNNNNN.jsonl</c> (temporary file, then rename); returns the existing result if committed.</summary>
    [Alias("ExtractAsync")]
    Task<ChunkResult> ExtractAsync(ChunkSpec chunk, ExtractionJobRequest job);
}

/// <summary>An extraction job; key = job id. Persists its plan and progress, dispatches chunks, retries failed ones.</summary>
[Alias("NewsFacts.Orleans.IExtractionJobGrain")]
public interface IExtractionJobGrain : IGrainWithStringKey
{
    /// <summary>Persists the request and starts dispatching in the background; returns at once. Starting a started job again is a no-op.</summary>
    [Alias("StartAsync")]
    Task<ExtractionJobStatus> StartAsync(ExtractionJobRequest request);

    /// <summary>The job's progress.</summary>
    [Alias("GetStatusAsync")]
    Task<ExtractionJobStatus> GetStatusAsync();
}
