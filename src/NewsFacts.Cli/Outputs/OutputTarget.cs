namespace NewsFacts.Cli.Outputs;

/// <summary>Opens the -o location for a format, failing with exit 3 before any work when it cannot be written.</summary>
internal static class OutputTarget
{
    /// <summary>A sink that writes straight to the output location.</summary>
    /// <exception cref="CliException">Exit 3: the location cannot be written; exit 1: Parquet to standard output.</exception>
    public static async Task<IDocumentSink> OpenAsync(string? path, OutputFormat format, CancellationToken cancellation)
    {
        if (format == OutputFormat.Parquet)
        {
            return await ParquetOutput.CreateAsync(RequireDirectory(path), cancellation).ConfigureAwait(false);
        }

        return new JsonLinesOutput(OpenFile(path));
    }

    /// <summary>Checks that the final output can be written, without writing it yet (the checkpointed run writes it last).</summary>
    public static void CheckWritable(string? path, OutputFormat format)
    {
        if (format == OutputFormat.Parquet)
        {
            path = Path.Combine(RequireDirectory(path), ".newsfacts-write-test");
        }
        else if (path is null or "-")
        {
            return;
        }

        try
        {
            new FileStream(path + ".partial", FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputError, $"Cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>A JSON Lines file (or standard output for null or "-") opened for writing.</summary>
    public static Stream OpenFile(string? path)
    {
        if (path is null or "-")
        {
            return new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        }

        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputError, $"Cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>The Parquet output directory, created if needed.</summary>
    public static string RequireDirectory(string? path)
    {
        if (path is null or "-")
        {
            throw new CliException(ExitCodes.Usage, "--format parquet writes a directory of tables: name it with -o DIR.");
        }

        try
        {
            Directory.CreateDirectory(path);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputError, $"Cannot create the output directory '{path}': {e.Message}");
        }
    }
}
