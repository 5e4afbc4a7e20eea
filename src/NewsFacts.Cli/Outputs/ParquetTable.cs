using Parquet;
using Parquet.Schema;

namespace NewsFacts.Cli.Outputs;

/// <summary>
/// One Parquet file being written: rows are buffered in columns and written as a row group every
/// <see cref="RowGroupRows"/> rows, so memory holds at most one row group whatever the input size.
/// </summary>
internal abstract class ParquetTable : IAsyncDisposable
{
    /// <summary>Rows per row group: large enough for good compression, small enough to bound memory.</summary>
    public const int RowGroupRows = 50_000;

    private Stream? _stream;
    private ParquetWriter? _writer;

    /// <summary>Rows buffered and not yet written.</summary>
    protected int BufferedRows { get; set; }

    /// <summary>The table's columns, in schema order.</summary>
    protected abstract IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Creates the file and writes its header.</summary>
    public async Task OpenAsync(string path, CancellationToken cancellation)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var schema = new ParquetSchema(Columns.Select(c => (Field)c.Field).ToArray());
        _writer = await ParquetWriter.CreateAsync(schema, _stream, cancellationToken: cancellation).ConfigureAwait(false);
    }

    /// <summary>Writes a row group when enough rows are buffered (or, with <paramref name="force"/>, any buffered rows).</summary>
    public async Task FlushAsync(bool force, CancellationToken cancellation)
    {
        if (BufferedRows == 0 || (!force && BufferedRows < RowGroupRows))
        {
            return;
        }

        using (var rowGroup = _writer!.CreateRowGroup())
        {
            foreach (var column in Columns)
            {
                await column.FlushAsync(rowGroup, cancellation).ConfigureAwait(false);
            }
        }

        BufferedRows = 0;
    }

    /// <summary>Writes the footer and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }
}
