using Parquet;
using Parquet.Schema;

namespace NewsFacts.Cli.Outputs;

/// <summary>One column of a Parquet table being filled: values are buffered until the row group is written.</summary>
internal abstract class ParquetColumn(DataField field)
{
    /// <summary>The column's schema field.</summary>
    public DataField Field { get; } = field;

    /// <summary>Writes the buffered values as this column of the row group and clears them.</summary>
    public abstract Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellation);
}

/// <summary>A nullable UTF-8 string column.</summary>
internal sealed class StringColumn(string name) : ParquetColumn(new DataField<string>(name, true))
{
    private readonly List<string?> _values = [];

    public void Add(string? value) => _values.Add(value);

    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellation)
    {
        await rowGroup.WriteAsync(Field, _values).ConfigureAwait(false);
        _values.Clear();
    }
}

/// <summary>A required 32-bit integer column.</summary>
internal sealed class IntColumn(string name) : ParquetColumn(new DataField<int>(name))
{
    private readonly List<int> _values = [];

    public void Add(int value) => _values.Add(value);

    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellation)
    {
        await rowGroup.WriteAsync<int>(Field, _values.ToArray().AsMemory(), null, null, cancellation).ConfigureAwait(false);
        _values.Clear();
    }
}

/// <summary>A required double column.</summary>
internal sealed class DoubleColumn(string name) : ParquetColumn(new DataField<double>(name))
{
    private readonly List<double> _values = [];

    public void Add(double value) => _values.Add(value);

    public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellation)
    {
        await rowGroup.WriteAsync<double>(Field, _values.ToArray().AsMemory(), null, null, cancellation).ConfigureAwait(false);
        _values.Clear();
    }
}
