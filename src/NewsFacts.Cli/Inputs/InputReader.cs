using System.Runtime.CompilerServices;
using System.Text;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Inputs;

/// <summary>
/// Reads documents lazily, in a stable order, from the command's inputs: .txt/.html files, directories
/// (recursive, ordinal order of the relative path; ids relative to the directory with '/'), .jsonl and
/// .jsonl.gz files, .parquet files, and "-" for standard input (one document, id "stdin"). A document that
/// cannot be read or decoded becomes an error record, never a crash; a missing input is fatal, before any output.
/// </summary>
internal sealed class InputReader
{
    private readonly IReadOnlyList<string> _inputs;
    private readonly TextReader _stdin;
    private readonly ReaderSettings _settings;

    public InputReader(IReadOnlyList<string> inputs, TextReader stdin, ReaderSettings? settings = null)
    {
        _inputs = inputs;
        _stdin = stdin;
        _settings = settings ?? ReaderSettings.Default;
    }

    /// <summary>Bytes read from input files so far (compressed bytes for .gz).</summary>
    public ByteCounter BytesRead { get; } = new();

    /// <summary>Fails fast, before any output, when an input does not exist or a Parquet file lacks its columns.</summary>
    /// <exception cref="CliException">Exit 2.</exception>
    public void Validate()
    {
        foreach (string input in _inputs)
        {
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new CliException(ExitCodes.InputError, $"Input not found: '{input}'.");
            }

            if (File.Exists(input) && ParquetInput.Handles(input))
            {
                ParquetInput.Validate(input, _settings);
            }
        }
    }

    /// <summary>The size of all input files in bytes (for the ETA); null when standard input is one of them.</summary>
    public long? MeasureTotalBytes()
    {
        long total = 0;
        foreach (string input in _inputs)
        {
            if (input == "-")
            {
                return null;
            }

            total += Directory.Exists(input)
                ? FileInputs.Enumerate(input).Sum(f => new FileInfo(f.Path).Length)
                : new FileInfo(input).Length;
        }

        return total;
    }

    /// <summary>Every input record in order (those the selector accepts; by default all).</summary>
    public async IAsyncEnumerable<InputRecord> ReadAllAsync(RecordSelector? selector = null, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        selector ??= RecordSelector.All;
        foreach (string input in _inputs)
        {
            if (input == "-")
            {
                if (selector.Accept("stdin"))
                {
                    yield return ReadStdin();
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var (path, id) in FileInputs.Enumerate(input))
                {
                    await foreach (var record in ReadFileAsync(path, id, selector, cancellation).ConfigureAwait(false))
                    {
                        yield return record;
                    }
                }
            }
            else
            {
                await foreach (var record in ReadFileAsync(input, input.Replace('\\', '/'), selector, cancellation).ConfigureAwait(false))
                {
                    yield return record;
                }
            }
        }
    }

    private async IAsyncEnumerable<InputRecord> ReadFileAsync(string path, string id, RecordSelector selector, [EnumeratorCancellation] CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        if (JsonLinesInput.Handles(path))
        {
            foreach (var record in JsonLinesInput.Read(path, id, _settings, selector, BytesRead))
            {
                yield return record;
            }
        }
        else if (ParquetInput.Handles(path))
        {
            await foreach (var record in ParquetInput.ReadAsync(path, id, _settings, selector, BytesRead, cancellation).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        else if (selector.Accept(id))
        {
            // Asked before reading, so files outside this shard or already checkpointed are never read.
            yield return FileInputs.Read(path, id, _settings, BytesRead);
        }
    }

    // Read in blocks so an endless or huge stream costs at most the limit in memory.
    private InputRecord ReadStdin()
    {
        var text = new StringBuilder();
        var block = new char[1 << 16];
        long length = 0;
        int read;
        while ((read = _stdin.Read(block, 0, block.Length)) > 0)
        {
            length += read;
            if (length <= _settings.MaxChars)
            {
                text.Append(block, 0, read);
            }
        }

        if (length > _settings.MaxChars)
        {
            return new InputRecord("stdin", null, ArticleFormat.PlainText, TextDecoder.TooLong("Standard input", length, "characters", _settings.MaxChars));
        }

        string content = text.ToString();
        return TextDecoder.FromText("stdin", content, TextDecoder.Sniff(content));
    }
}
