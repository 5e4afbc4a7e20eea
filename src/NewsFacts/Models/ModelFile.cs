namespace NewsFacts.Models;

/// <summary>
/// What every model file shares: an 8-byte header naming its format, and the rule that a file ending early is
/// corrupt data (<see cref="InvalidDataException"/>), never an <see cref="EndOfStreamException"/>.
/// </summary>
internal static class ModelFile
{
    /// <summary>Reads the header and checks it is <paramref name="magic"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds another format.</exception>
    public static void ExpectHeader(Stream stream, ReadOnlySpan<byte> magic, string kind) => ExpectHeader(stream, magic, magic, kind);

    /// <summary>Reads the header and checks it is one of two versions of a format; true for the second (<paramref name="newer"/>).</summary>
    /// <exception cref="InvalidDataException">The stream holds another format.</exception>
    public static bool ExpectHeader(Stream stream, ReadOnlySpan<byte> older, ReadOnlySpan<byte> newer, string kind) =>
        ExpectHeader(stream, older, newer, newer, newer, newer, kind) > 0;

    /// <summary>Reads the header and checks it is one of five versions of a format (all of one length); returns 0 to 4.</summary>
    /// <exception cref="InvalidDataException">The stream holds another format.</exception>
    public static int ExpectHeader(Stream stream, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third, ReadOnlySpan<byte> fourth, ReadOnlySpan<byte> fifth, string kind)
    {
        Span<byte> header = stackalloc byte[first.Length];
        stream.ReadExactly(header);
        return header.SequenceEqual(first) ? 0
            : header.SequenceEqual(second) ? 1
            : header.SequenceEqual(third) ? 2
            : header.SequenceEqual(fourth) ? 3
            : header.SequenceEqual(fifth) ? 4
            : throw new InvalidDataException($"Not a NewsFacts {kind} (bad header).");
    }

    /// <summary>Runs <paramref name="read"/>, reporting a stream that ends early as a truncated file.</summary>
    public static T Read<T>(Stream stream, Func<Stream, T> read, string kind)
    {
        try
        {
            return read(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The {kind} file is truncated.", e);
        }
    }
}
