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
        var shared = new DocumentInputOptions();
        var output = new Option<string>("--output", "-o")
        {
            HelpName = "FILE.html",
            Description = "The page of a single document; for several, the index page, with one page per document in FILE-files/ beside it",
            Required = true,
        };
        var title = new Option<string?>("--title") { Description = "Heading of the index page (default: NewsFacts report)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line" };

        var command = new Command("render", "Extract from news articles and write a self-contained HTML report to review the entities and facts")
        {
            output, title, quiet,
        };
        shared.AddTo(command);
        command.SetAction((result, cancellation) => CliRunner.Run(() =>
        {
            var settings = shared.Read(result, "render") with
            {
                Output = result.GetValue(output),
                Quiet = result.GetValue(quiet),
            };
            Check(settings);
            return ReportRunner.RunAsync(settings, result.GetValue(title), Console.In, Console.Error, cancellation);
        }));
        return command;
    }

    private static void Check(BatchSettings settings)
    {
        if (string.IsNullOrEmpty(settings.Output) || settings.Output == "-" || Directory.Exists(settings.Output))
        {
            throw new CliException(ExitCodes.Usage, "-o must name an HTML file to write.");
        }
    }
}
