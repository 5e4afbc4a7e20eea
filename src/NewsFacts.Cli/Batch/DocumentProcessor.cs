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
        DocumentRecord record;
        int tokens = 0;
        if (input.Error is not null)
        {
            record = new DocumentRecord { Id = input.Id, Error = input.Error };
        }
        else
        {
            try
            {
                var result = extractor.Extract(new NewsArticle(input.Id, input.Text!, input.Format));
                record = result.ToRecord();
                tokens = result.Tokens.Count;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                record = new DocumentRecord { Id = input.Id, Error = new ExtractionError(ErrorCodes.InternalError, e.GetType().Name + ": " + e.Message) };
            }
        }

        return new ProcessedDocument(record, tokens, serializeJson ? Serialize(record) : null);
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
