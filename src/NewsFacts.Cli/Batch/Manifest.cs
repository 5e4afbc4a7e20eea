using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// manifest.json of a checkpoint directory: the settings of the run, the committed chunks in order and the
/// input position (how many selected records they hold). Only what it lists is committed; it is replaced
/// atomically after each chunk, so a crash leaves either the old or the new manifest, never a torn one.
/// </summary>
internal sealed class Manifest
{
    /// <summary>The format tag of this manifest version.</summary>
    public const string CurrentFormat = "newsfacts-checkpoint/1";

    /// <summary>The manifest's format tag.</summary>
    [JsonPropertyName("format")]
    public string Format { get; set; } = CurrentFormat;

    /// <summary>The settings that decide the output (inputs, --shard, --ids, fields, limits, models): a resume must match them.</summary>
    [JsonPropertyName("settings")]
    public SortedDictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The input position: records (after --ids and --shard) committed; a resume skips this many.</summary>
    [JsonPropertyName("documents")]
    public long Documents { get; set; }

    /// <summary>The id of the last committed record (for people reading the manifest).</summary>
    [JsonPropertyName("lastId")]
    public string? LastId { get; set; }

    /// <summary>True when every input record is committed; the output is then assembled from the chunks.</summary>
    [JsonPropertyName("complete")]
    public bool Complete { get; set; }

    /// <summary>The committed chunks in input order.</summary>
    [JsonPropertyName("chunks")]
    public List<ChunkEntry> Chunks { get; set; } = [];

    /// <summary>Reads a manifest.</summary>
    /// <exception cref="CliException">Exit 4: the manifest is not one.</exception>
    public static Manifest Load(string path)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), ManifestJson.Default.Manifest);
            if (manifest?.Format != CurrentFormat)
            {
                throw new JsonException($"format '{manifest?.Format}', expected '{CurrentFormat}'");
            }

            return manifest;
        }
        catch (JsonException e)
        {
            throw new CliException(ExitCodes.DataError, $"The checkpoint manifest '{path}' is damaged: {e.Message}");
        }
    }

    /// <summary>Writes the manifest atomically (temporary file, flushed to disk, then renamed over the old one).</summary>
    public void Save(string path) => AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(this, ManifestJson.Default.Manifest));
}

/// <summary>One committed chunk file of a checkpoint.</summary>
internal sealed class ChunkEntry
{
    /// <summary>The chunk's file name in the checkpoint directory.</summary>
    [JsonPropertyName("file")]
    public string File { get; set; } = "";

    /// <summary>The input position of its first record.</summary>
    [JsonPropertyName("first")]
    public long First { get; set; }

    /// <summary>Its size in bytes, checked on resume.</summary>
    [JsonPropertyName("bytes")]
    public long Bytes { get; set; }

    /// <summary>The id of its last record.</summary>
    [JsonPropertyName("lastId")]
    public string? LastId { get; set; }

    /// <summary>The counts of its records (documents, facts by relation, errors by code), for the summary.</summary>
    [JsonPropertyName("statistics")]
    public RunStatistics Statistics { get; set; } = new();
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Manifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
