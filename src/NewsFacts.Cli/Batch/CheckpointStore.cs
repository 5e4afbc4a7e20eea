using System.Globalization;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// A checkpoint directory: committed chunk files (chunk-000000.jsonl, ...) and manifest.json listing them.
/// Opening it recovers from a crash at any moment: temporary files and chunks the manifest does not list are
/// removed, so the run goes on from the last committed record and no record is written twice.
/// </summary>
internal sealed class CheckpointStore
{
    private const string ManifestName = "manifest.json";

    private CheckpointStore(string directory, Manifest manifest, bool resumed)
    {
        Directory = directory;
        Manifest = manifest;
        Resumed = resumed;
    }

    /// <summary>The checkpoint directory.</summary>
    public string Directory { get; }

    /// <summary>The committed state.</summary>
    public Manifest Manifest { get; }

    /// <summary>True when an earlier run's manifest was found and is being continued.</summary>
    public bool Resumed { get; }

    /// <summary>Opens (creating if needed) a checkpoint for a run with these settings.</summary>
    /// <exception cref="CliException">Exit 1: a checkpoint exists without --resume, or its settings differ;
    /// exit 3: the directory cannot be written; exit 4: the checkpoint is damaged.</exception>
    public static CheckpointStore Open(string directory, SortedDictionary<string, string> settings, bool resume)
    {
        try
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputError, $"Cannot create the checkpoint directory '{directory}': {e.Message}");
        }

        string manifestPath = Path.Combine(directory, ManifestName);
        Manifest manifest;
        if (File.Exists(manifestPath))
        {
            if (!resume)
            {
                throw new CliException(ExitCodes.Usage, $"'{directory}' holds a checkpoint of an earlier run: add --resume to continue it, or remove the directory to start over.");
            }

            manifest = Manifest.Load(manifestPath);
            CheckSettings(directory, manifest.Settings, settings);
            CheckChunks(directory, manifest);
        }
        else
        {
            manifest = new Manifest { Settings = settings };
        }

        var store = new CheckpointStore(directory, manifest, File.Exists(manifestPath));
        store.RemoveUncommitted();
        return store;
    }

    /// <summary>The path of chunk number <paramref name="index"/>.</summary>
    public string ChunkPath(int index) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"chunk-{index:D6}.jsonl"));

    /// <summary>The committed chunk files in order.</summary>
    public IEnumerable<string> CommittedChunks => Manifest.Chunks.Select(c => Path.Combine(Directory, c.File));

    /// <summary>Commits a finished chunk: renames it into place, then records it in the manifest (each step atomic).</summary>
    public void Commit(string temporary, ChunkEntry entry)
    {
        AtomicFile.Commit(temporary, Path.Combine(Directory, entry.File));
        Manifest.Chunks.Add(entry);
        Manifest.Documents += entry.Statistics.Documents;
        Manifest.LastId = entry.LastId;
        Save();
    }

    /// <summary>Records that every input record is committed.</summary>
    public void MarkComplete()
    {
        Manifest.Complete = true;
        Save();
    }

    private void Save() => Manifest.Save(Path.Combine(Directory, ManifestName));

    // A crash between writing a chunk and the manifest leaves a chunk the manifest does not list: it is redone.
    private void RemoveUncommitted()
    {
        var committed = Manifest.Chunks.Select(c => c.File).ToHashSet(StringComparer.Ordinal);
        foreach (string path in System.IO.Directory.EnumerateFiles(Directory))
        {
            string name = Path.GetFileName(path);
            bool stray = name.EndsWith(".tmp", StringComparison.Ordinal)
                || (name.StartsWith("chunk-", StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal) && !committed.Contains(name));
            if (stray)
            {
                File.Delete(path);
            }
        }
    }

    private static void CheckSettings(string directory, SortedDictionary<string, string> saved, SortedDictionary<string, string> current)
    {
        foreach (string key in saved.Keys.Union(current.Keys))
        {
            string? before = saved.GetValueOrDefault(key), now = current.GetValueOrDefault(key);
            if (before != now)
            {
                throw new CliException(ExitCodes.Usage, $"The checkpoint in '{directory}' was made with other settings ({key}: '{before}', now '{now}'); resume with the same command, or remove the directory to start over.");
            }
        }
    }

    private static void CheckChunks(string directory, Manifest manifest)
    {
        foreach (var chunk in manifest.Chunks)
        {
            var file = new FileInfo(Path.Combine(directory, chunk.File));
            if (!file.Exists || file.Length != chunk.Bytes)
            {
                throw new CliException(ExitCodes.DataError, $"The checkpoint in '{directory}' is damaged: {chunk.File} is {(file.Exists ? $"{file.Length} bytes, not {chunk.Bytes}" : "missing")}.");
            }
        }
    }
}
