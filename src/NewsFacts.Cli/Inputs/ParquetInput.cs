using System.Runtime.CompilerServices;
using NewsFacts.Facts;
using Parquet;
using Parquet.Schema;

namespace NewsFacts.Cli.Inputs;

/// <summary>
/// Reads Parquet files one row group at a time: an id column (string, binary, int32 or int64; a null id is
/// derived from file and row, "file:row") and a text column (string or binary). Memory holds one row group's
/// columns at a time, so files written with very large row groups need that much memory.
/// </summary>
internal static class ParquetInput
{
    /// <summary>Whether the path names a Parquet file.</summary>
    public static bool Handles(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks before any output that a file named on the command line opens and has the columns.</summary>
    /// <exception cref="CliException">Exit 2: the file is not Parquet or lacks the text column.</exception>
    public static void Validate(string path, ReaderSettings settings)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            try
            {
                _ = Columns(reader.Schema, settings, path);
            }
            finally
            {
                reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is not CliException)
        {
            throw new CliException(ExitCodes.InputError, $"Cannot read '{path}' as Parquet: {e.Message}");
        }
    }

    /// <summary>The records of one file, as <paramref name="source"/> (the name used in fallback ids and messages).</summary>
    public static async IAsyncEnumerable<InputRecord> ReadAsync(
        string path, string source, ReaderSettings settings, RecordSelector selector, ByteCounter counter, [EnumeratorCancellation] CancellationToken cancellation)
    {
        ParquetReader? reader = null;
        Stream? stream = null;
        (DataField? Id, DataField Text) columns = default;
        string? failure = null;
        try
        {
            stream = new CountingStream(File.OpenRead(path), counter);
            reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellation).ConfigureAwait(false);
            columns = Columns(reader.Schema, settings, source);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = $"Cannot read '{source}' as Parquet: {e.Message}";
        }

        if (reader is null || failure is not null)
        {
            if (reader is not null)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }

            stream?.Dispose();
            string id = JsonLinesInput.FallbackId(source, 0);
            if (selector.Accept(id))
            {
                yield return new InputRecord(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.Unreadable, failure!));
            }

            yield break;
        }

        await using (reader.ConfigureAwait(false))
        using (stream)
        {
            long row = 0;
            for (int group = 0; group < reader.RowGroupCount; group++)
            {
                (string?[] Ids, object?[] Texts)? batch = null;
                try
                {
                    batch = await ReadGroupAsync(reader, group, columns, cancellation).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failure = $"{source}:{row + 1}: cannot read on from this row: {e.Message}";
                }

                if (batch is not { } b)
                {
                    string id = JsonLinesInput.FallbackId(source, row + 1);
                    if (selector.Accept(id))
                    {
                        yield return new InputRecord(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.Unreadable, failure!));
                    }

                    yield break;
                }

                for (int i = 0; i < b.Ids.Length; i++)
                {
                    row++;
                    string id = b.Ids[i] is { Length: > 0 } given ? given : JsonLinesInput.FallbackId(source, row);
                    if (selector.Accept(id))
                    {
                        yield return ToRecord(id, b.Texts[i], source, row, settings);
                    }
                }
            }
        }
    }

    private static InputRecord ToRecord(string id, object? text, string source, long row, ReaderSettings settings) => text switch
    {
        string s => TextDecoder.FromText(id, s, TextDecoder.Sniff(s)),
        byte[] bytes => TextDecoder.Decode(id, bytes, ArticleFormat.PlainText) is var r && r.Text is not null ? r with { Format = TextDecoder.Sniff(r.Text) } : r,
        _ => new InputRecord(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.MalformedRecord, $"{source}:{row}: the column '{settings.TextField}' is null.")),
    };

    private static async Task<(string?[] Ids, object?[] Texts)> ReadGroupAsync(
        ParquetReader reader, int group, (DataField? Id, DataField Text) columns, CancellationToken cancellation)
    {
        using var rows = reader.OpenRowGroupReader(group);
        int count = checked((int)rows.RowCount);
        var texts = new object?[count];
        if (IsString(columns.Text))
        {
            var values = new string?[count];
            await rows.ReadAsync(columns.Text, values.AsMemory(), null, cancellation).ConfigureAwait(false);
            Array.Copy(values, texts, count);
        }
        else
        {
            var values = new byte[]?[count];
            await rows.ReadAsync(columns.Text, values.AsMemory(), null, cancellation).ConfigureAwait(false);
            Array.Copy(values, texts, count);
        }

        var ids = new string?[count];
        if (columns.Id is { } id)
        {
            await ReadIdsAsync(rows, id, ids, cancellation).ConfigureAwait(false);
        }

        return (ids, texts);
    }

    private static async Task ReadIdsAsync(ParquetRowGroupReader rows, DataField field, string?[] ids, CancellationToken cancellation)
    {
        if (IsString(field))
        {
            await rows.ReadAsync(field, ids.AsMemory(), null, cancellation).ConfigureAwait(false);
        }
        else if (field.ClrType == typeof(int))
        {
            var values = new int?[ids.Length];
            await rows.ReadAsync(field, values.AsMemory(), null, cancellation).ConfigureAwait(false);
            Copy(values, ids);
        }
        else if (field.ClrType == typeof(long))
        {
            var values = new long?[ids.Length];
            await rows.ReadAsync(field, values.AsMemory(), null, cancellation).ConfigureAwait(false);
            Copy(values, ids);
        }
        else
        {
            var values = new byte[]?[ids.Length];
            await rows.ReadAsync(field, values.AsMemory(), null, cancellation).ConfigureAwait(false);
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = values[i] is { } bytes && TextDecoder.TryDecode(bytes, out string? text, out _) ? text : null;
            }
        }
    }

    private static void Copy<T>(T?[] values, string?[] ids)
        where T : struct, IFormattable
    {
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = values[i]?.ToString(null, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static (DataField? Id, DataField Text) Columns(ParquetSchema schema, ReaderSettings settings, string source)
    {
        var fields = schema.Fields.OfType<DataField>().Where(f => !f.IsArray).ToDictionary(f => f.Name, StringComparer.Ordinal);
        string names = string.Join(", ", schema.Fields.Select(f => f.Name));
        if (!fields.TryGetValue(settings.TextField, out var text) || !(IsString(text) || IsBinary(text)))
        {
            throw new CliException(ExitCodes.InputError, $"'{source}' has no string column '{settings.TextField}' (columns: {names}); name it with --text-field.");
        }

        fields.TryGetValue(settings.IdField, out var id);
        if (id is not null && !(IsString(id) || IsBinary(id) || id.ClrType == typeof(int) || id.ClrType == typeof(long)))
        {
            throw new CliException(ExitCodes.InputError, $"'{source}': the id column '{settings.IdField}' is neither a string nor an integer.");
        }

        return (id, text);
    }

    private static bool IsString(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static bool IsBinary(DataField field) => field.ClrType == typeof(byte[]) || field.ClrType == typeof(ReadOnlyMemory<byte>);
}
