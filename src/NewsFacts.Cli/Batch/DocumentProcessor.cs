using System.Buffers;
using System.Text.Json;
using NewsFacts.Cli.Inputs;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// The work done for one document on a worker thread: extraction and, for JSON Lines, serialisation (so the
/// single writer thread only copies bytes). Never throws for a document: failures become error records.
/// </summary>
internal sealed class DocumentProcessor(NewsFactsExtractor extractor, bool serializeJson)
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Extracts from one input record (or passes its read error through).</summary>
    public ProcessedDocument Process(InputRecord input)
    {
        var (record, result) = Extract(extractor, input);
        return new ProcessedDocument(record, result?.Tokens.Count ?? 0, serializeJson ? Serialize(record) : null);
    }

    /// <summary>
    /// The record of one input: its read error, the extraction, or an <c>internal_error</c> record when extraction
    /// throws (one bad document never stops a batch). The result is null when there is none.
    /// </summary>
    public static (DocumentRecord Record, ExtractionResult? Result) Extract(NewsFactsExtractor extractor, InputRecord input)
    {
        if (input.Error is not null)
        {
            return (new DocumentRecord { Id = input.Id, Error = input.Error }, null);
        }

        try
        {
            var result = extractor.Extract(new NewsArticle(input.Id, input.Text!, input.Format));
            return (result.ToRecord(), result);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (new DocumentRecord { Id = input.Id, Error = new ExtractionError(ErrorCodes.InternalError, e.GetType().Name + ": " + e.Message) }, null);
        }
    }

    /// <summary>The record as one UTF-8 JSON line ending in '\n' (the same bytes as FactsJson.Serialize).</summary>
    public static byte[] Serialize(DocumentRecord record)
    {
        // One reusable buffer and writer per thread: the only allocation is the returned line.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        FactsJson.Write(writer, record);
        writer.Flush();
        byte[] line = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(line);
        line[^1] = (byte)'\n';
        if (buffer.Capacity > 1 << 22)
        {
            (t_buffer, t_writer) = (null, null); // do not keep an exceptionally large document's buffer alive
        }

        return line;
    }
}
