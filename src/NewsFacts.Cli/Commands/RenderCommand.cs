using System.CommandLine;
using NewsFacts.Cli.Batch;
using NewsFacts.Cli.Inputs;
using NewsFacts.Cli.Reports;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts render</c>: extract from the inputs and write HTML pages for review.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = ".txt/.html files, directories (recursive), .jsonl/.jsonl.gz files, .parquet files, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            HelpName = "FILE.html",
            Description = "The page of a single document; for several, the index page, with one page per document in FILE-files/ beside it",
            Required = true,
        };
        var title = new Option<string?>("--title") { Description = "Heading of the index page (default: NewsFacts report)" };
        var gazetteer = new Option<string?>("--gazetteer") { HelpName = "FILE", Description = "User gazetteer: lines of name<TAB>ORG|PERSON|LOC|MISC|SUPPRESS" };
        var threshold = new Option<double>("--min-confidence") { Description = "Drop facts below this confidence (0..1)", DefaultValueFactory = _ => NewsFactsOptions.DefaultMinimumFactConfidence };
        var models = new Option<string?>("--models") { HelpName = "DIR", Description = "Directory with model files to use instead of the shipped ones" };
        var threads = new Option<int>("--threads") { HelpName = "N", Description = "Documents processed in parallel (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var idField = new Option<string>("--id-field") { HelpName = "NAME", Description = "JSONL field / Parquet column with the id", DefaultValueFactory = _ => "id" };
        var textField = new Option<string>("--text-field") { HelpName = "NAME", Description = "JSONL field / Parquet column with the text", DefaultValueFactory = _ => "text" };
        var maxChars = new Option<int>("--max-chars") { HelpName = "N", Description = "Longer texts give the error text_too_long", DefaultValueFactory = _ => NewsFactsOptions.DefaultMaxTextLength };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line" };

        var command = new Command("render", "Extract from news articles and write a self-contained HTML report to review the entities and facts")
        {
            inputs, output, title, gazetteer, threshold, models, threads, idField, textField, maxChars, quiet,
        };
        command.SetAction((result, cancellation) => CliRunner.Run(() =>
        {
            string[] given = result.GetValue(inputs)!;
            ExtractCommand.RejectUnknownOptions(given, "render");
            var settings = new BatchSettings
            {
                Inputs = given,
                Output = result.GetValue(output),
                GazetteerFile = result.GetValue(gazetteer),
                MinConfidence = result.GetValue(threshold),
                Models = result.GetValue(models),
                Threads = result.GetValue(threads),
                Quiet = result.GetValue(quiet),
                Reader = new ReaderSettings(result.GetValue(idField)!, result.GetValue(textField)!, result.GetValue(maxChars)),
            };
            Check(settings);
            return ReportRunner.RunAsync(settings, result.GetValue(title), Console.In, Console.Error, cancellation);
        }));
        return command;
    }

    private static void Check(BatchSettings settings)
    {
        ExtractCommand.CheckShared(settings);

        if (string.IsNullOrEmpty(settings.Output) || settings.Output == "-" || Directory.Exists(settings.Output))
        {
            throw new CliException(ExitCodes.Usage, "-o must name an HTML file to write.");
        }
    }
}
