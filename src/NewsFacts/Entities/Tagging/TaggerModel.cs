using System.Text;
using NewsFacts.Models;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// The weights of the sequence tagger: one row of <see cref="TagSet.Count"/> weights per hashed feature
/// bucket, tag-to-tag transition weights, start weights, a confidence temperature and the word clusters.
/// Stored on disk as half-precision weights (see <see cref="Save"/>).
/// </summary>
internal sealed class TaggerModel
{
    private static ReadOnlySpan<byte> Magic => "NFNER03\n"u8;

    // Version 4 adds weights over contextual token vectors (the accurate mode); a model without them is
    // still written as version 3, so the default model's bytes do not change.
    private static ReadOnlySpan<byte> ContextualMagic => "NFNER04\n"u8;

    // Version 5 adds pre-computed word scores (see WordScores), and a flag for contextual weights before them.
    private static ReadOnlySpan<byte> WordScoresMagic => "NFNER05\n"u8;

    // Version 6 records the word scores' window (see WordScores.Window); a model without one is still version 5.
    private static ReadOnlySpan<byte> WindowedWordScoresMagic => "NFNER06\n"u8;

    // Version 7 adds external name lists (see NameLists.External) and flags for both optional parts after them; a
    // model without external lists is still written as an earlier version.
    private static ReadOnlySpan<byte> ExternalListsMagic => "NFNER07\n"u8;

    public TaggerModel(int bucketBits, float[] weights, float[] transitions, float[] start, float temperature, WordClusters? clusters, bool stacked = false, NameLists? names = null, ContextualWeights? contextual = null, WordScores? wordScores = null)
    {
        if (bucketBits is < 10 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(bucketBits));
        }

        if (weights.Length != (1 << bucketBits) * TagSet.Count || transitions.Length != TagSet.Count * TagSet.Count || start.Length != TagSet.Count)
        {
            throw new ArgumentException("Weight arrays do not match the tag set and bucket count.");
        }

        BucketBits = bucketBits;
        Weights = weights;
        Transitions = transitions;
        Start = start;
        Temperature = temperature > 0 ? temperature : 1f;
        Clusters = clusters;
        Stacked = stacked;
        Names = names;
        Contextual = contextual;
        WordScores = wordScores;
    }

    /// <summary>Pre-computed scores of known words (see <see cref="Tagging.WordScores"/>), or null.</summary>
    public WordScores? WordScores { get; }

    /// <summary>A copy of this model with other contextual weights and word scores.</summary>
    public TaggerModel With(ContextualWeights? contextual, WordScores? wordScores) =>
        new(BucketBits, Weights, Transitions, Start, Temperature, Clusters, Stacked, Names, contextual, wordScores);

    /// <summary>Weights over contextual token vectors (see <see cref="ITokenEncoder"/>), or null for the default model.</summary>
    public ContextualWeights? Contextual { get; }

    /// <summary>Curated name lists whose matches are features, or null.</summary>
    public NameLists? Names { get; }

    /// <summary>True for a second-pass model, whose features include document context (see <see cref="DocumentHints"/>).</summary>
    public bool Stacked { get; }

    public int BucketBits { get; }

    /// <summary>Row-major: bucket * TagSet.Count + tag.</summary>
    public float[] Weights { get; }

    /// <summary>Row-major: previous * TagSet.Count + next.</summary>
    public float[] Transitions { get; }

    public float[] Start { get; }

    /// <summary>Scores are divided by this before the softmax that gives confidences (fitted on the tuning set).</summary>
    public float Temperature { get; set; }

    public WordClusters? Clusters { get; }

    /// <summary>The weight row of a feature hash (its top bits pick the bucket).</summary>
    public int RowOf(ulong featureHash) => (int)(featureHash >> (64 - BucketBits)) * TagSet.Count;

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        bool external = Names?.External is not null;
        bool windowed = WordScores is { Window: > 0 };
        writer.Write(external ? ExternalListsMagic : windowed ? WindowedWordScoresMagic : WordScores is not null ? WordScoresMagic : Contextual is null ? Magic : ContextualMagic);
        writer.Write(TagSet.Count);
        writer.Write(BucketBits);
        writer.Write(Stacked);
        writer.Write(Temperature);
        foreach (float t in Transitions)
        {
            writer.Write(t);
        }

        foreach (float s in Start)
        {
            writer.Write(s);
        }

        var clusters = Clusters?.Entries.OrderBy(e => e.Key).ToArray() ?? [];
        writer.Write(clusters.Length);
        foreach (var (word, cluster) in clusters)
        {
            writer.Write(word);
            writer.Write(cluster);
        }

        writer.Write(Names is not null);
        Names?.Save(writer, withExternal: external);
        if (WordScores is not null || external)
        {
            writer.Write(Contextual is not null);
        }

        if (external)
        {
            writer.Write(WordScores is not null);
        }

        Contextual?.Save(writer);
        WordScores?.Save(writer, withWindow: windowed || external);

        var buffer = new byte[Weights.Length * 2];
        for (int i = 0; i < Weights.Length; i++)
        {
            BitConverter.TryWriteBytes(buffer.AsSpan(i * 2), (Half)Weights[i]);
        }

        writer.Write(buffer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a tagger model, or it is truncated.</exception>
    public static TaggerModel Load(Stream stream) => ModelFile.Read(stream, Read, "entity model");

    private static TaggerModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        int version = ModelFile.ExpectHeader(stream, Magic, ContextualMagic, WordScoresMagic, WindowedWordScoresMagic, ExternalListsMagic, "entity model");

        if (reader.ReadInt32() != TagSet.Count)
        {
            throw new InvalidDataException("The entity model was trained for a different tag set.");
        }

        int bits = reader.ReadInt32();
        if (bits is < 10 or > 26)
        {
            throw new InvalidDataException("The entity model's bucket count is out of range.");
        }

        bool stacked = reader.ReadBoolean();
        float temperature = reader.ReadSingle();
        var transitions = new float[TagSet.Count * TagSet.Count];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var start = new float[TagSet.Count];
        for (int i = 0; i < start.Length; i++)
        {
            start[i] = reader.ReadSingle();
        }

        int clusterCount = reader.ReadInt32();
        if (clusterCount < 0)
        {
            throw new InvalidDataException("The entity model's cluster count is negative.");
        }

        var clusters = new Dictionary<ulong, ulong>(clusterCount);
        for (int i = 0; i < clusterCount; i++)
        {
            clusters[reader.ReadUInt64()] = reader.ReadUInt64();
        }

        var names = reader.ReadBoolean() ? NameLists.Load(reader, withExternal: version >= 4) : null;
        bool contextual = version == 1 || (version >= 2 && reader.ReadBoolean());
        bool hasWordScores = version is 2 or 3 || (version >= 4 && reader.ReadBoolean());
        var contextualWeights = contextual ? ContextualWeights.Load(reader) : null;
        var wordScores = hasWordScores ? WordScores.Load(reader, withWindow: version >= 3) : null;
        var weights = new float[(1 << bits) * TagSet.Count];
        var buffer = new byte[weights.Length * 2];
        reader.BaseStream.ReadExactly(buffer);
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)BitConverter.ToHalf(buffer, i * 2);
        }

        return new TaggerModel(bits, weights, transitions, start, temperature, clusterCount > 0 ? new WordClusters(clusters) : null, stacked, names, contextualWeights, wordScores);
    }
}
