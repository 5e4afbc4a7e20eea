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
        var inputs = new Argument<string[]>("inputs")
        {
            Description = ".txt/.html files, directories (recursive), .jsonl/.jsonl.gz files, .parquet files, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { HelpName = "PATH", Description = "JSON Lines file (default: standard output), or the directory of Parquet tables" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "parquet");
        var ids = new Option<string?>("--ids") { HelpName = "FILE", Description = "Only process the ids listed in this file, one per line" };
        var gazetteer = new Option<string?>("--gazetteer") { HelpName = "FILE", Description = "User gazetteer: lines of name<TAB>ORG|PERSON|LOC|MISC|SUPPRESS" };
        var threshold = new Option<double>("--min-confidence") { Description = "Drop facts below this confidence (0..1)", DefaultValueFactory = _ => NewsFactsOptions.DefaultMinimumFactConfidence };
        var models = new Option<string?>("--models") { HelpName = "DIR", Description = "Directory with model files to use instead of the shipped ones" };
        var threads = new Option<int>("--threads") { HelpName = "N", Description = "Documents processed in parallel (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary" };
        var idField = new Option<string>("--id-field") { HelpName = "NAME", Description = "JSONL field / Parquet column with the id", DefaultValueFactory = _ => "id" };
        var textField = new Option<string>("--text-field") { HelpName = "NAME", Description = "JSONL field / Parquet column with the text", DefaultValueFactory = _ => "text" };
        var maxChars = new Option<int>("--max-chars") { HelpName = "N", Description = "Longer texts give the error text_too_long", DefaultValueFactory = _ => NewsFactsOptions.DefaultMaxTextLength };
        var failOnError = new Option<bool>("--fail-on-error") { Description = "Stop at the first error record (it is written) and exit 5" };
        var checkpoint = new Option<string?>("--checkpoint") { HelpName = "DIR", Description = "Commit output in chunks to this directory, so a killed run can be resumed" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run recorded in --checkpoint (starts fresh if there is none)" };
        var chunkSize = new Option<int>("--chunk-size") { HelpName = "N", Description = "Documents per checkpoint chunk", DefaultValueFactory = _ => BatchSettings.DefaultChunkSize };
        var shard = new Option<string?>("--shard") { HelpName = "i/N", Description = "Process shard i of N (i/N, 0-based) by a stable hash of the id" };

        var command = new Command("extract", "Extract entities and facts from news articles as JSON Lines or Parquet")
        {
            inputs, output, format, ids, gazetteer, threshold, models, threads, quiet,
            idField, textField, maxChars, failOnError, checkpoint, resume, chunkSize, shard,
        };
        command.SetAction((result, cancellation) => CliRunner.Run(() =>
        {
            string[] given = result.GetValue(inputs)!;
            RejectUnknownOptions(given, "extract");
            var settings = new BatchSettings
            {
                Inputs = given,
                Output = result.GetValue(output),
                Format = result.GetValue(format) == "parquet" ? OutputFormat.Parquet : OutputFormat.Jsonl,
                IdsFile = result.GetValue(ids),
                GazetteerFile = result.GetValue(gazetteer),
                MinConfidence = result.GetValue(threshold),
                Models = result.GetValue(models),
                Threads = result.GetValue(threads),
                Quiet = result.GetValue(quiet),
                Reader = new ReaderSettings(result.GetValue(idField)!, result.GetValue(textField)!, result.GetValue(maxChars)),
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
        CheckShared(settings);
        if (settings.ChunkSize < 1)
        {
            throw new CliException(ExitCodes.Usage, "--chunk-size must be at least 1.");
        }

        if (settings.Resume && settings.Checkpoint is null)
        {
            throw new CliException(ExitCodes.Usage, "--resume needs --checkpoint DIR.");
        }
    }

    /// <summary>Checks the options <c>extract</c> and <c>render</c> share (confidence, threads, reader limits).</summary>
    internal static void CheckShared(BatchSettings settings)
    {
        if (settings.MinConfidence is < 0 or > 1 || double.IsNaN(settings.MinConfidence))
        {
            throw new CliException(ExitCodes.Usage, "--min-confidence must be between 0 and 1.");
        }

        if (settings.Threads < 1)
        {
            throw new CliException(ExitCodes.Usage, "--threads must be at least 1.");
        }

        if (settings.Reader.MaxChars < 1)
        {
            throw new CliException(ExitCodes.Usage, "--max-chars must be at least 1.");
        }

        if (string.IsNullOrEmpty(settings.Reader.IdField) || string.IsNullOrEmpty(settings.Reader.TextField))
        {
            throw new CliException(ExitCodes.Usage, "--id-field and --text-field must not be empty.");
        }
    }

    // The parser hands tokens that match no option to the inputs argument, so "--bogus" arrives here as a
    // path. A leading '-' (other than "-" for standard input) names an option unless such a file exists.
    internal static void RejectUnknownOptions(string[] inputs, string command)
    {
        foreach (string input in inputs)
        {
            if (input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new CliException(ExitCodes.Usage, $"Unknown option '{input}'. Run 'newsfacts {command} --help' for the options.");
            }
        }
    }
}
