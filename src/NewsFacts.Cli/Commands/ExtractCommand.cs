using System.CommandLine;
using NewsFacts.Cli.Batch;
using NewsFacts.Cli.Inputs;
using NewsFacts.Cli.Outputs;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts extract</c>: documents in, one record per document out, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var shared = new DocumentInputOptions();
        var output = new Option<string?>("--output", "-o") { HelpName = "PATH", Description = "JSON Lines file (default: standard output), or the directory of Parquet tables" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "parquet");
        var ids = new Option<string?>("--ids") { HelpName = "FILE", Description = "Only process the ids listed in this file, one per line" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary" };
        var failOnError = new Option<bool>("--fail-on-error") { Description = "Stop at the first error record (it is written) and exit 5" };
        var checkpoint = new Option<string?>("--checkpoint") { HelpName = "DIR", Description = "Commit output in chunks to this directory, so a killed run can be resumed" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run recorded in --checkpoint (starts fresh if there is none)" };
        var chunkSize = new Option<int>("--chunk-size") { HelpName = "N", Description = "Documents per checkpoint chunk", DefaultValueFactory = _ => BatchSettings.DefaultChunkSize };
        var shard = new Option<string?>("--shard") { HelpName = "i/N", Description = "Process shard i of N (i/N, 0-based) by a stable hash of the id" };

        var command = new Command("extract", "Extract entities and facts from news articles as JSON Lines or Parquet")
        {
            output, format, ids, quiet, failOnError, checkpoint, resume, chunkSize, shard,
        };
        shared.AddTo(command);
        command.SetAction((result, cancellation) => CliRunner.Run(() =>
        {
            var settings = shared.Read(result, "extract") with
            {
                Output = result.GetValue(output),
                Format = result.GetValue(format) == "parquet" ? OutputFormat.Parquet : OutputFormat.Jsonl,
                IdsFile = result.GetValue(ids),
                Quiet = result.GetValue(quiet),
                FailOnError = result.GetValue(failOnError),
                Checkpoint = result.GetValue(checkpoint),
                Resume = result.GetValue(resume),
                ChunkSize = result.GetValue(chunkSize),
                Shard = result.GetValue(shard) is { } s ? ShardSpec.Parse(s) : null,
            };
            Check(settings);
            return BatchRunner.RunAsync(settings, Console.In, Console.Error, cancellation);
        }));
        return command;
    }

    private static void Check(BatchSettings settings)
    {
        if (settings.ChunkSize < 1)
        {
            throw new CliException(ExitCodes.Usage, "--chunk-size must be at least 1.");
        }

        if (settings.Resume && settings.Checkpoint is null)
        {
            throw new CliException(ExitCodes.Usage, "--resume needs --checkpoint DIR.");
        }
    }
}
