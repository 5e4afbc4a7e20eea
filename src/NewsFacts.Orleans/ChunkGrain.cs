using System.Text;
using System.Text.Json;
using NewsFacts.Facts;
using Orleans;

namespace NewsFacts.Orleans;

/// <summary>Extracts one chunk and commits it atomically; idempotent.</summary>
internal sealed class ChunkGrain(NewsFactsExtractor extractor) : Grain, IChunkGrain
{
    public static string ChunkPath(string outputDirectory, int ordinal) =>
        Path.Combine(outputDirectory, "chunks", $"chunk-{ordinal:D6}.jsonl");

    public static string Key(string jobId, ChunkSpec chunk) => $"{jobId}/{chunk.Shard}/{chunk.Chunk}";

    public async Task<ChunkResult> ExtractAsync(ChunkSpec chunk, ExtractionJobRequest job)
    {
        string path = ChunkPath(job.OutputDirectory, chunk.Ordinal);
        if (File.Exists(path))
        {
            var existing = Count(path);
            existing.AlreadyCommitted = true;
            return existing;
        }

        // CPU-bound: run it on the thread pool, not on the grain scheduler.
        return await Task.Run(() => ExtractAndCommit(chunk, job, path));
    }

    private ChunkResult ExtractAndCommit(ChunkSpec chunk, ExtractionJobRequest job, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = new ChunkResult();
        // A unique temporary name: a zombie activation of this chunk on a silo declared dead cannot clobber a
        // half-written file of the live one; both write the same bytes, and rename(2) is atomic.
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                foreach (var line in JsonLines.Scan(chunk.Path, chunk.Offset, chunk.FirstLine, readContent: true))
                {
                    if (line.Blank)
                    {
                        continue;
                    }

                    if (result.Documents == chunk.Count)
                    {
                        break;
                    }

                    DocumentRecord record = Process(line, chunk.DisplayName, job);
                    if (record.Error is not null)
                    {
                        result.Errors++;
                    }

                    output.Write(Encoding.UTF8.GetBytes(FactsJson.Serialize(record)));
                    output.WriteByte((byte)'\n');
                    result.Documents++;
                }

                if (result.Documents != chunk.Count)
                {
                    throw new InvalidDataException($"{chunk.Path}: expected {chunk.Count} records from line {chunk.FirstLine}, found {result.Documents}; the input changed");
                }

                output.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private DocumentRecord Process(JsonLines.Line line, string displayName, ExtractionJobRequest job)
    {
        string fallbackId = $"{displayName}:{line.Number}";
        string id = fallbackId;
        string text;
        try
        {
            using var document = JsonDocument.Parse(line.Content);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Error(id, ErrorCodes.MalformedRecord, $"{fallbackId}: not a JSON object");
            }

            if (document.RootElement.TryGetProperty(job.IdField, out var idValue))
            {
                if (idValue.ValueKind == JsonValueKind.String)
                {
                    id = idValue.GetString()!;
                }
                else if (idValue.ValueKind == JsonValueKind.Number)
                {
                    id = idValue.GetRawText();
                }
            }

            if (!document.RootElement.TryGetProperty(job.TextField, out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return Error(id, ErrorCodes.MalformedRecord, $"{fallbackId}: no string field '{job.TextField}'");
            }

            text = textValue.GetString()!;
        }
        catch (JsonException e)
        {
            return Error(id, ErrorCodes.MalformedRecord, $"{fallbackId}: {e.Message}");
        }

        try
        {
            var format = text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
                ? ArticleFormat.Html
                : ArticleFormat.PlainText;
            return extractor.Extract(new NewsArticle(id, text, format)).ToRecord();
        }
        catch (Exception e)
        {
            return Error(id, ErrorCodes.InternalError, e.GetType().Name + ": " + e.Message);
        }
    }

    private static DocumentRecord Error(string id, string code, string message) =>
        new() { Id = id, Error = new ExtractionError(code, message) };

    internal static ChunkResult Count(string path)
    {
        var result = new ChunkResult();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            result.Documents++;
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("error", out _))
            {
                result.Errors++;
            }
        }

        return result;
    }
}
