using NewsFacts.Cli.Batch;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>Checkpoint commit and recovery: what a crash at each step leaves, and how a resume treats it.</summary>
[Collection(ConsoleCollection.Name)]
public class CheckpointTests
{
    private static async Task<CliRun> RunAsync(TempDirectory directory, string input, params string[] extra) =>
        await CliHarness.InProcess(["extract", input, "-o", directory.File("out.jsonl"), "--checkpoint", directory.File("ck"), "--chunk-size", "10", "-q", .. extra]);

    private static Manifest ManifestOf(TempDirectory directory) => Manifest.Load(directory.File("ck/manifest.json"));

    [Fact]
    public async Task A_checkpointed_run_commits_chunks_lists_them_and_assembles_the_output()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 35, sentences: 1);
        (await RunAsync(directory, input)).AssertExit(0);
        var manifest = ManifestOf(directory);
        Assert.True(manifest.Complete);
        Assert.Equal(35, manifest.Documents);
        Assert.Equal(["chunk-000000.jsonl", "chunk-000001.jsonl", "chunk-000002.jsonl", "chunk-000003.jsonl"], manifest.Chunks.Select(c => c.File));
        Assert.Equal([0L, 10, 20, 30], manifest.Chunks.Select(c => c.First));
        Assert.Equal(35, manifest.Chunks.Sum(c => c.Statistics.Documents));
        Assert.Equal(Enumerable.Range(0, 35).Select(Corpus.Id), Corpus.Ids(directory.File("out.jsonl")));
        Assert.False(File.Exists(directory.File("out.jsonl.partial")));
    }

    [Fact]
    public async Task An_existing_checkpoint_needs_resume_and_the_same_settings()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 12, sentences: 1);
        (await RunAsync(directory, input)).AssertExit(0);
        var again = await RunAsync(directory, input);
        again.AssertExit(1);
        Assert.Contains("--resume", again.Error);
        var other = await RunAsync(directory, input, "--resume", "--min-confidence", "0.9");
        other.AssertExit(1);
        Assert.Contains("minConfidence", other.Error);
    }

    [Fact]
    public async Task Resume_after_completion_rebuilds_the_same_output_and_resume_without_a_manifest_starts_fresh()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 12, sentences: 1);
        (await RunAsync(directory, input, "--resume")).AssertExit(0);
        byte[] first = await File.ReadAllBytesAsync(directory.File("out.jsonl"));
        File.Delete(directory.File("out.jsonl"));
        var resumed = await CliHarness.InProcess("extract", input, "-o", directory.File("out.jsonl"), "--checkpoint", directory.File("ck"), "--chunk-size", "10", "--resume");
        resumed.AssertExit(0);
        Assert.Contains("12 documents were committed by earlier runs, 0 by this one", resumed.Error);
        Assert.Equal(first, await File.ReadAllBytesAsync(directory.File("out.jsonl")));
    }

    [Fact]
    public async Task A_crash_between_chunk_rename_and_manifest_update_redoes_the_unlisted_chunk()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 25, sentences: 1);
        (await RunAsync(directory, input)).AssertExit(0);
        byte[] expected = await File.ReadAllBytesAsync(directory.File("out.jsonl"));

        // Roll the manifest back to one committed chunk, leaving later chunks and temporary files as a kill would.
        var manifest = ManifestOf(directory);
        manifest.Chunks.RemoveRange(1, manifest.Chunks.Count - 1);
        (manifest.Documents, manifest.Complete) = (10, false);
        manifest.Save(directory.File("ck/manifest.json"));
        await File.WriteAllTextAsync(directory.File("ck/chunk-000001.jsonl"), "{\"id\":\"garbage\"}\n");
        await File.WriteAllTextAsync(directory.File("ck/chunk-000002.jsonl.tmp"), "half a li");
        await File.WriteAllTextAsync(directory.File("ck/manifest.json.tmp"), "{");
        File.Delete(directory.File("out.jsonl"));

        var resumed = await RunAsync(directory, input, "--resume");
        resumed.AssertExit(0);
        Assert.Equal(expected, await File.ReadAllBytesAsync(directory.File("out.jsonl")));
        Assert.Empty(Directory.GetFiles(directory.File("ck"), "*.tmp"));
    }

    [Fact]
    public async Task A_damaged_checkpoint_exits_4()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 15, sentences: 1);
        (await RunAsync(directory, input)).AssertExit(0);
        await File.AppendAllTextAsync(directory.File("ck/chunk-000000.jsonl"), "extra\n");
        var run = await RunAsync(directory, input, "--resume");
        run.AssertExit(4);
        Assert.Contains("chunk-000000.jsonl", run.Error);

        await File.WriteAllTextAsync(directory.File("ck/manifest.json"), "{ not json");
        (await RunAsync(directory, input, "--resume")).AssertExit(4);
    }

    [Fact]
    public async Task An_unwritable_checkpoint_or_output_location_exits_3()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 3, sentences: 1);
        directory.Write("file", "x");
        var badCheckpoint = await CliHarness.InProcess("extract", input, "--checkpoint", directory.File("file/ck"), "-o", directory.File("out.jsonl"));
        badCheckpoint.AssertExit(3);
        var badOutput = await CliHarness.InProcess("extract", input, "--checkpoint", directory.File("ck"), "-o", directory.File("no/such/out.jsonl"));
        badOutput.AssertExit(3);
        Assert.False(Directory.Exists(directory.File("ck")));
    }

    [Fact]
    public async Task Shards_with_checkpoints_resume_independently()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 30, sentences: 1);
        var all = new List<string>();
        for (int i = 0; i < 2; i++)
        {
            string output = directory.File($"out-{i}.jsonl");
            var run = await CliHarness.InProcess("extract", input, "--shard", $"{i}/2", "--checkpoint", directory.File($"ck-{i}"), "--resume", "--chunk-size", "4", "-o", output, "-q");
            run.AssertExit(0);
            all.AddRange(Corpus.Ids(output));
        }

        Assert.Equal(Enumerable.Range(0, 30).Select(Corpus.Id), all.Order(StringComparer.Ordinal));
    }
}
