namespace NewsFacts.Orleans;

/// <summary>Turns a job's inputs into its chunks, deterministically: files in order, each cut into runs of <c>ChunkSize</c> non-blank lines.</summary>
public static class ChunkPlanner
{
    /// <summary>The input files with the names used in ids, in job order.</summary>
    public static List<(string Path, string DisplayName)> ListInputs(IEnumerable<string> inputs)
    {
        var files = new List<(string, string)>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                string root = Path.GetFullPath(input);
                var found = Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories)
                    .Select(f => (Path: f, Name: Path.GetRelativePath(root, f).Replace('\\', '/')))
                    .OrderBy(f => f.Name, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                if (!input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidDataException($"{input}: the cluster reads JSON Lines (.jsonl) inputs only");
                }

                files.Add((Path.GetFullPath(input), input));
            }
            else
            {
                throw new FileNotFoundException($"{input}: no such file or directory", input);
            }
        }

        return files;
    }

    /// <summary>All chunks of the inputs.</summary>
    public static List<ChunkSpec> Plan(IEnumerable<string> inputs, int chunkSize)
    {
        if (chunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkSize));
        }

        var chunks = new List<ChunkSpec>();
        var files = ListInputs(inputs);
        for (int shard = 0; shard < files.Count; shard++)
        {
            var (path, name) = files[shard];
            ChunkSpec? current = null;
            int chunkInFile = 0;
            foreach (var line in JsonLines.Scan(path, from: 0, firstLine: 1, readContent: false))
            {
                if (line.Blank)
                {
                    continue;
                }

                if (current is null || current.Count == chunkSize)
                {
                    current = new ChunkSpec
                    {
                        Ordinal = chunks.Count, Shard = shard, Chunk = chunkInFile++, Path = path, DisplayName = name,
                        Offset = line.Offset, FirstLine = line.Number,
                    };
                    chunks.Add(current);
                }

                current.Count++;
            }
        }

        return chunks;
    }
}

/// <summary>A byte-level line scanner that knows each line's offset and number.</summary>
internal static class JsonLines
{
    internal readonly record struct Line(long Offset, long Number, bool Blank, byte[]? Content);

    public static IEnumerable<Line> Scan(string path, long from, long firstLine, bool readContent)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        stream.Seek(from, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        var current = new MemoryStream();
        long offset = from, lineStart = from, number = firstLine;
        bool blank = true, any = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                byte b = buffer[i];
                if (b == (byte)'\n')
                {
                    if (readContent)
                    {
                        current.Write(buffer, start, i - start);
                    }

                    yield return new Line(lineStart, number, blank, readContent ? current.ToArray() : null);
                    current.SetLength(0);
                    number++;
                    lineStart = offset + i + 1;
                    start = i + 1;
                    blank = true;
                    any = false;
                }
                else
                {
                    any = true;
                    if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                    {
                        blank = false;
                    }
                }
            }

            if (readContent)
            {
                current.Write(buffer, start, read - start);
            }

            offset += read;
        }

        if (any)
        {
            yield return new Line(lineStart, number, blank, readContent ? current.ToArray() : null);
        }
    }
}
