namespace NewsFacts.Cli.Batch;

/// <summary>Commits files so that a crash at any moment leaves either the old file or the whole new one.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, flushes it to disk, and renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        Commit(temporary, path);
    }

    /// <summary>Renames a finished temporary file to its final name (rename(2) is atomic within a file system).</summary>
    public static void Commit(string temporary, string path) => File.Move(temporary, path, overwrite: true);
}
