using System.CommandLine;
using System.Text;
using NewsFacts.Cli.Inputs;
using NewsFacts.Entities;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts extract</c>: documents in, one JSON line per document out, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = ".txt/.html files, directories (recursive), .jsonl files (fields id, text), or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write JSON Lines here instead of standard output" };
        var ids = new Option<string?>("--ids") { Description = "Only process the ids listed in this file, one per line" };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "User gazetteer: lines of name<TAB>ORG|PERSON|LOC|MISC|SUPPRESS" };
        var threshold = new Option<double>("--min-confidence") { Description = "Drop facts below this confidence (0..1)", DefaultValueFactory = _ => NewsFactsOptions.DefaultMinimumFactConfidence };
        var models = new Option<string?>("--models") { Description = "Directory with model files to use instead of the shipped ones" };
        var threads = new Option<int>("--threads") { Description = "Documents processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary" };

        var command = new Command("extract", "Extract entities and facts from news articles as JSON Lines")
        {
            inputs, output, ids, gazetteer, threshold, models, threads, quiet,
        };
        command.SetAction((result, cancellation) => CliRunner.Run(() => RunAsync(
            result.GetValue(inputs)!,
            result.GetValue(output),
            result.GetValue(ids),
            result.GetValue(gazetteer),
            result.GetValue(threshold),
            result.GetValue(models),
            result.GetValue(threads),
            result.GetValue(quiet),
            cancellation)));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string? output, string? idsFile, string? gazetteerFile, double threshold,
        string? models, int threads, bool quiet, CancellationToken cancellation)
    {
        if (threshold is < 0 or > 1 || double.IsNaN(threshold))
        {
            throw new CliException(ExitCodes.Usage, "--min-confidence must be between 0 and 1.");
        }

        if (threads < 1)
        {
            throw new CliException(ExitCodes.Usage, "--threads must be at least 1.");
        }

        RejectUnknownOptions(inputs);
        var reader = new InputReader(inputs, Console.In);
        reader.Validate();
        HashSet<string>? wanted = idsFile is null ? null : ReadIds(idsFile);
        var options = new NewsFactsOptions
        {
            MinimumFactConfidence = threshold,
            MaxDegreeOfParallelism = threads,
            ModelDirectory = models,
            Gazetteer = gazetteerFile is null ? new EntityGazetteer() : ReadGazetteer(gazetteerFile),
        };
        var extractor = NewsFactsExtractor.Create(options);

        await using var stream = OpenOutput(output);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        int documents = 0, errors = 0, entities = 0, facts = 0;
        var records = reader.ReadAll().Where(r => wanted is null || wanted.Contains(r.Id));
        await foreach (var record in OrderedParallel.MapAsync(records, r => Process(extractor, r), threads, cancellation))
        {
            await writer.WriteLineAsync(FactsJson.Serialize(record)).ConfigureAwait(false);
            documents++;
            errors += record.Error is null ? 0 : 1;
            entities += record.Entities?.Count ?? 0;
            facts += record.Facts?.Count ?? 0;
        }

        await writer.FlushAsync(cancellation).ConfigureAwait(false);
        if (!quiet)
        {
            await Console.Error.WriteLineAsync($"newsfacts: {documents} documents, {entities} entity mentions, {facts} facts, {errors} errors").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    // The parser hands tokens that match no option to the inputs argument, so "--bogus" arrives here as a
    // path. A leading '-' (other than "-" for standard input) names an option unless such a file exists.
    private static void RejectUnknownOptions(string[] inputs)
    {
        foreach (string input in inputs)
        {
            if (input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new CliException(ExitCodes.Usage, $"Unknown option '{input}'. Run 'newsfacts extract --help' for the options.");
            }
        }
    }

    private static DocumentRecord Process(NewsFactsExtractor extractor, InputRecord input)
    {
        if (input.Error is not null)
        {
            return new DocumentRecord { Id = input.Id, Error = input.Error };
        }

        try
        {
            return extractor.Extract(new NewsArticle(input.Id, input.Text!, input.Format)).ToRecord();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DocumentRecord { Id = input.Id, Error = new ExtractionError(ErrorCodes.InternalError, e.GetType().Name + ": " + e.Message) };
        }
    }

    private static Stream OpenOutput(string? path)
    {
        if (path is null or "-")
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputError, $"Cannot write '{path}': {e.Message}");
        }
    }

    private static HashSet<string> ReadIds(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.InputError, $"Ids file not found: '{path}'.");
        }

        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    private static EntityGazetteer ReadGazetteer(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.InputError, $"Gazetteer not found: '{path}'.");
        }

        try
        {
            return EntityGazetteer.Parse(File.ReadLines(path));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new CliException(ExitCodes.DataError, $"{path}: {e.Message}");
        }
    }
}
