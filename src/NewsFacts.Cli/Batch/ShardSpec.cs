using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// Shard <c>Index</c> of <c>Count</c> (--shard i/N, 0 ≤ i &lt; N): the records whose id hashes to i. The hash is
/// FNV-1a 64 over the id's UTF-8 bytes, the same on every machine, runtime and run (unlike string.GetHashCode),
/// so N tasks given the same inputs cover every record exactly once.
/// </summary>
internal readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses "i/N".</summary>
    /// <exception cref="CliException">Exit 1: not of the form i/N with 0 ≤ i &lt; N.</exception>
    public static ShardSpec Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index < count)
        {
            return new ShardSpec(index, count);
        }

        throw new CliException(ExitCodes.Usage, $"--shard must be i/N with 0 <= i < N (e.g. 0/8), not '{text}'.");
    }

    /// <summary>Whether the record with this id belongs to the shard.</summary>
    public bool Contains(string id) => Count == 1 || (int)(Hash(id) % (ulong)Count) == Index;

    /// <summary>FNV-1a 64 of the UTF-8 encoding of <paramref name="id"/> (a lone surrogate encodes as U+FFFD).</summary>
    public static ulong Hash(string id)
    {
        int length = Encoding.UTF8.GetMaxByteCount(id.Length);
        byte[]? rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> buffer = rented ?? stackalloc byte[512];
        int written = Encoding.UTF8.GetBytes(id, buffer);
        ulong hash = 14695981039346656037UL;
        foreach (byte b in buffer[..written])
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return hash;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
