using NewsFacts.Facts;

namespace NewsFacts.Cli.Inputs;

/// <summary>Single .txt and .html files, and the files of a directory tree in a stable order.</summary>
internal static class FileInputs
{
    /// <summary>Whether the path names an article file (.txt, .html, .htm).</summary>
    public static bool IsArticle(string path) => FormatOf(path) is not null;

    /// <summary>The files of a directory that are inputs, recursively, in ordinal order of the relative path with '/'.</summary>
    public static IEnumerable<(string Path, string Id)> Enumerate(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => IsArticle(f) || JsonLinesInput.Handles(f) || ParquetInput.Handles(f))
            .Select(f => (Path: f, Id: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .OrderBy(f => f.Id, StringComparer.Ordinal);

    /// <summary>Reads one article file; too large, unreadable, binary or invalid files become error records.</summary>
    public static InputRecord Read(string path, string id, ReaderSettings settings, ByteCounter counter)
    {
        var format = FormatOf(path) ?? ArticleFormat.PlainText;
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long length = stream.Length;
            if (length > settings.MaxFileBytes)
            {
                counter.Add(length);
                return new InputRecord(id, null, format, TextDecoder.TooLong("The file", length, "bytes", settings.MaxFileBytes));
            }

            bytes = new byte[length];
            stream.ReadExactly(bytes);
            counter.Add(length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputRecord(id, null, format, new ExtractionError(ErrorCodes.Unreadable, $"Cannot read '{path}': {e.Message}"));
        }

        return TextDecoder.Decode(id, bytes, format);
    }

    private static ArticleFormat? FormatOf(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.PlainText
        : path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.Html
        : null;
}
