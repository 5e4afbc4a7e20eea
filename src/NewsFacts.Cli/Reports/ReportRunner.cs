using System.Text;
using NewsFacts.Cli.Batch;
using NewsFacts.Cli.Inputs;
using NewsFacts.Facts;
using NewsFacts.Pipeline;
using NewsFacts.Rendering;

namespace NewsFacts.Cli.Reports;

/// <summary>
/// Runs <c>newsfacts render</c>: reads the inputs like <c>extract</c>, extracts on <c>--threads</c> workers and
/// writes the pages in input order. One document gives one page at -o; more give an index at -o and a page per
/// document beside it. Pages are written as they come and the index keeps only counts, so memory stays bounded.
/// </summary>
internal static class ReportRunner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command; returns the exit code.</summary>
    /// <exception cref="CliException">Missing inputs, bad models, an output that cannot be written.</exception>
    public static async Task<int> RunAsync(BatchSettings settings, string? title, TextReader stdin, TextWriter error, CancellationToken cancellation)
    {
        var reader = new InputReader(settings.Inputs, stdin, settings.Reader);
        reader.Validate();
        var layout = new ReportLayout(settings.Output!);
        if (!Directory.Exists(Path.GetDirectoryName(layout.IndexPath)))
        {
            // Fail before the extraction rather than after it.
            throw new CliException(ExitCodes.OutputError, $"Cannot write the report: the folder of '{settings.Output}' does not exist.");
        }

        var extractor = BatchResources.CreateExtractor(settings);
        var index = new HtmlReportIndex(title ?? "NewsFacts report");
        var pageOptions = new HtmlReportOptions { IndexHref = layout.IndexHrefFromPage };
        RenderedDocument? first = null;
        int facts = 0;
        try
        {
            var documents = OrderedParallel.MapAsync(reader.ReadAllAsync(null, cancellation), input => Render(extractor, input, pageOptions), settings.Threads, cancellation);
            await foreach (var document in documents.ConfigureAwait(false))
            {
                facts += document.Record.Facts?.Count ?? 0;
                if (index.Count == 0 && first is null)
                {
                    first = document; // a single document gets its own page at -o: wait for a second one to decide
                    continue;
                }

                if (first is not null)
                {
                    Directory.CreateDirectory(layout.PagesDirectory);
                    WritePage(layout, index, first);
                    first = null;
                }

                WritePage(layout, index, document);
            }

            if (first is not null)
            {
                Write(layout.IndexPath, HtmlReport.RenderDocument(first.Text, first.Record));
            }
            else
            {
                Write(layout.IndexPath, index.Render());
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputError, $"Cannot write the report ({settings.Output}): {e.Message}");
        }

        if (!settings.Quiet)
        {
            string where = first is not null ? layout.IndexPath : $"{layout.IndexPath} (pages in {layout.PagesDirectory})";
            int count = first is not null ? 1 : index.Count;
            await error.WriteLineAsync($"newsfacts: rendered {count} document{(count == 1 ? "" : "s")} with {facts} fact{(facts == 1 ? "" : "s")} to {where}").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    // On a worker: extraction and the page as a batch member; a failure becomes an error page, never a crash.
    private static RenderedDocument Render(NewsFactsExtractor extractor, InputRecord input, HtmlReportOptions options)
    {
        var (record, result) = DocumentProcessor.Extract(extractor, input);
        string text = result?.Text ?? "";
        return new RenderedDocument(record, text, HtmlReport.RenderDocument(text, record, options));
    }

    private static void WritePage(ReportLayout layout, HtmlReportIndex index, RenderedDocument document)
    {
        string name = ReportLayout.PageFileName(index.Count + 1, document.Record.Id);
        Write(Path.Combine(layout.PagesDirectory, name), document.BatchPage);
        index.Add(document.Record, layout.HrefFromIndex(name));
    }

    private static void Write(string path, string html) => File.WriteAllText(path, html, Utf8);
}
