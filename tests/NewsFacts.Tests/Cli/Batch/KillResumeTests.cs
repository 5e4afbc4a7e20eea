using System.Diagnostics;
using NewsFacts.Cli.Batch;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>
/// The real thing: the CLI process is killed (SIGKILL, no chance to clean up) while it writes a checkpoint,
/// twice, and resumed; the final output holds every id exactly once, in input order, with the same bytes as
/// an uninterrupted run.
/// </summary>
public class KillResumeTests
{
    private const int Documents = 2000;

    [Fact]
    public async Task Killed_twice_mid_run_then_resumed_every_id_is_present_exactly_once()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "corpus.jsonl", Documents, sentences: 10);
        string checkpoint = directory.File("ck");
        string output = directory.File("out.jsonl");
        string[] args = ["extract", input, "-o", output, "--checkpoint", checkpoint, "--resume", "--chunk-size", "50", "--threads", "1", "-q"];

        long committed = await KillAfterCommitAsync(args, checkpoint, after: 0);
        Assert.InRange(committed, 1, Documents - 1);
        long committedAgain = await KillAfterCommitAsync(args, checkpoint, after: committed);
        Assert.InRange(committedAgain, committed + 1, Documents - 1);
        Assert.False(File.Exists(output));

        var finished = await CliHarness.AsProcess(args);
        finished.AssertExit(0);
        string[] ids = Corpus.Ids(output);
        Assert.Equal(Documents, ids.Length);
        Assert.Equal(Enumerable.Range(0, Documents).Select(Corpus.Id), ids);

        var uninterrupted = await CliHarness.AsProcess("extract", input, "-o", directory.File("reference.jsonl"), "-q");
        uninterrupted.AssertExit(0);
        Assert.Equal(await File.ReadAllBytesAsync(directory.File("reference.jsonl")), await File.ReadAllBytesAsync(output));
    }

    // Starts the CLI, waits until the manifest lists more than `after` documents, kills the process tree with
    // SIGKILL and returns the committed count seen at that moment.
    private static async Task<long> KillAfterCommitAsync(string[] args, string checkpoint, long after)
    {
        using var process = CliHarness.Start(args);
        process.StandardInput.Close();
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainError = process.StandardError.ReadToEndAsync();
        string manifestPath = Path.Combine(checkpoint, "manifest.json");
        var clock = Stopwatch.StartNew();
        long seen = after;
        try
        {
            while (seen <= after)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"the CLI exited (code {process.ExitCode}) before it was killed: {await drainError}");
                }

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "no chunk was committed within 30 s");
                await Task.Delay(2);
                seen = ReadCommitted(manifestPath) ?? seen;
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await Task.WhenAll(drainOut, drainError);
        }

        var manifest = Manifest.Load(manifestPath);
        Assert.False(manifest.Complete);
        return manifest.Documents;
    }

    private static long? ReadCommitted(string manifestPath)
    {
        try
        {
            return File.Exists(manifestPath) ? Manifest.Load(manifestPath).Documents : null;
        }
        catch (Exception e) when (e is IOException or NewsFacts.Cli.CliException)
        {
            return null; // caught between the rename and a read: try again
        }
    }
}
