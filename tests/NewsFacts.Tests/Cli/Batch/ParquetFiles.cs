using Parquet;
using Parquet.Schema;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>Writes and reads small Parquet files for the tests with Parquet.Net.</summary>
internal static class ParquetFiles
{
    /// <summary>Writes string columns (null values allowed) in row groups of <paramref name="rowGroupSize"/> rows.</summary>
    public static async Task WriteStringsAsync(string path, IReadOnlyDictionary<string, string?[]> columns, int rowGroupSize = 1000)
    {
        var fields = columns.Keys.Select(name => new DataField<string>(name, true)).ToArray();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        int rows = columns.Values.First().Length;
        for (int start = 0; start < rows; start += rowGroupSize)
        {
            using var group = writer.CreateRowGroup();
            foreach (var field in fields)
            {
                await group.WriteAsync(field, columns[field.Name].Skip(start).Take(rowGroupSize).ToArray());
            }
        }
    }

    /// <summary>Writes an int32 id column and a string text column.</summary>
    public static async Task WriteIntIdsAsync(string path, int[] ids, string[] texts)
    {
        var id = new DataField<int>("id");
        var text = new DataField<string>("text", true);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, text), stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(id, ids.AsMemory());
        await group.WriteAsync(text, texts);
    }

    /// <summary>Reads a table: column name → values as objects (strings, ints, doubles; null for null).</summary>
    public static async Task<Dictionary<string, List<object?>>> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var table = reader.Schema.DataFields.ToDictionary(f => f.Name, _ => new List<object?>());
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int count = (int)group.RowCount;
            foreach (var field in reader.Schema.DataFields)
            {
                if (field.ClrType == typeof(int))
                {
                    var values = new int[count];
                    await group.ReadAsync<int>(field, values.AsMemory());
                    table[field.Name].AddRange(values.Cast<object?>());
                }
                else if (field.ClrType == typeof(double))
                {
                    var values = new double[count];
                    await group.ReadAsync<double>(field, values.AsMemory());
                    table[field.Name].AddRange(values.Cast<object?>());
                }
                else
                {
                    var values = new string?[count];
                    await group.ReadAsync(field, values.AsMemory());
                    table[field.Name].AddRange(values);
                }
            }
        }

        return table;
    }
}
