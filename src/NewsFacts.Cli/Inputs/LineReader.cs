namespace NewsFacts.Cli.Inputs;

/// <summary>One line of a stream: its bytes, or null when it was longer than the limit (then only its length is known).</summary>
internal readonly record struct Line(byte[]? Bytes, long Length);

/// <summary>
/// Splits a stream into lines at '\n' (a "\r\n" ending loses its '\r'), reading lazily through one buffer.
/// A line longer than the limit is skipped through its end without being kept, so memory stays bounded.
/// </summary>
internal sealed class LineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly MemoryStream _line = new();
    private int _position;
    private int _count;
    private long _length;

    /// <summary>Reads the next line; false at the end of the stream (a final line without '\n' is still a line).</summary>
    /// <exception cref="IOException">The stream cannot be read (for .gz: it is corrupt).</exception>
    public bool TryRead(out Line line)
    {
        while (true)
        {
            if (_position == _count)
            {
                (_position, _count) = (0, stream.Read(_buffer, 0, _buffer.Length));
                if (_count == 0)
                {
                    line = _length > 0 ? Take() : default;
                    return _length > 0 && Reset();
                }
            }

            var rest = _buffer.AsSpan(_position, _count - _position);
            int newline = rest.IndexOf((byte)'\n');
            Append(newline < 0 ? rest : rest[..newline]);
            _position = newline < 0 ? _count : _position + newline + 1;
            if (newline >= 0)
            {
                line = Take();
                return Reset();
            }
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        _length += bytes.Length;
        if (_length <= maxLineBytes)
        {
            _line.Write(bytes);
        }
    }

    private Line Take()
    {
        if (_length > maxLineBytes)
        {
            return new Line(null, _length);
        }

        var span = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        byte[] bytes = (span.EndsWith("\r"u8) ? span[..^1] : span).ToArray();
        return new Line(bytes, bytes.Length);
    }

    private bool Reset()
    {
        _line.SetLength(0);
        _length = 0;
        if (_line.Capacity > 1 << 22)
        {
            _line.Capacity = 1 << 16; // give back the memory of an exceptionally long line
        }

        return true;
    }
}
