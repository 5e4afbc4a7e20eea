using System.CommandLine;
using NewsFacts.Cli.Batch;
using NewsFacts.Cli.Inputs;

namespace NewsFacts.Cli.Commands;

/// <summary>
/// The inputs and extraction options that <c>extract</c> and <c>render</c> share: one definition, one reading into
/// <see cref="BatchSettings"/>, one check.
/// </summary>
internal sealed class DocumentInputOptions
{
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = ".txt/.html files, directories (recursive), .jsonl/.jsonl.gz files, .parquet files, or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _gazetteer = new("--gazetteer") { HelpName = "FILE", Description = "User gazetteer: lines of name<TAB>ORG|PERSON|LOC|MISC|SUPPRESS" };
    private readonly Option<double> _threshold = new("--min-confidence") { Description = "Drop facts below this confidence (0..1)", DefaultValueFactory = _ => NewsFactsOptions.DefaultMinimumFactConfidence };
    private readonly Option<string?> _models = new("--models") { HelpName = "DIR", Description = "Directory with model files to use instead of the shipped ones" };
    private readonly Option<bool> _accurate = new("--accurate") { Description = "Accurate entity mode: a tagger that also reads all-MiniLM-L6-v2 token vectors (higher CoNLL-2003 F1, about 1,000 times slower)" };
    private readonly Option<int> _threads = new("--threads") { HelpName = "N", Description = "Documents processed in parallel (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string> _idField = new("--id-field") { HelpName = "NAME", Description = "JSONL field / Parquet column with the id", DefaultValueFactory = _ => "id" };
    private readonly Option<string> _textField = new("--text-field") { HelpName = "NAME", Description = "JSONL field / Parquet column with the text", DefaultValueFactory = _ => "text" };
    private readonly Option<int> _maxChars = new("--max-chars") { HelpName = "N", Description = "Longer texts give the error text_too_long", DefaultValueFactory = _ => NewsFactsOptions.DefaultMaxTextLength };

    /// <summary>Adds the inputs argument and the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_inputs);
        foreach (var option in new Option[] { _gazetteer, _threshold, _models, _accurate, _threads, _idField, _textField, _maxChars })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings the shared options give, checked; commands add their own with <c>with</c>.</summary>
    /// <exception cref="CliException">An unknown option or an out-of-range value (exit code 1).</exception>
    public BatchSettings Read(ParseResult result, string command)
    {
        string[] inputs = result.GetValue(_inputs)!;
        RejectUnknownOptions(inputs, command);
        var settings = new BatchSettings
        {
            Inputs = inputs,
            GazetteerFile = result.GetValue(_gazetteer),
            MinConfidence = result.GetValue(_threshold),
            Models = result.GetValue(_models),
            Accurate = result.GetValue(_accurate),
            Threads = result.GetValue(_threads),
            Reader = new ReaderSettings(result.GetValue(_idField)!, result.GetValue(_textField)!, result.GetValue(_maxChars)),
        };
        Check(settings);
        return settings;
    }

    private static void Check(BatchSettings settings)
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
    private static void RejectUnknownOptions(string[] inputs, string command)
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
