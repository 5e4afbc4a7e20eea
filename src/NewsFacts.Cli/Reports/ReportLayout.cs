using System.Globalization;
using System.Text;

namespace NewsFacts.Cli.Reports;

/// <summary>
/// Where a batch report's files go: the index at -o (<c>report.html</c>) and the document pages in a folder
/// beside it named after it (<c>report-files/0001-business_001.txt.html</c>). Page names start with the
/// document's position, so ids that differ only in characters a file name cannot hold stay apart.
/// </summary>
internal sealed class ReportLayout
{
    private const int MaxNameChars = 80;

    public ReportLayout(string output)
    {
        IndexPath = Path.GetFullPath(output);
        string directory = Path.GetDirectoryName(IndexPath)!;
        PagesFolderName = Path.GetFileNameWithoutExtension(IndexPath) + "-files";
        PagesDirectory = Path.Combine(directory, PagesFolderName);
        IndexHrefFromPage = "../" + Uri.EscapeDataString(Path.GetFileName(IndexPath));
    }

    /// <summary>The index page (or the single document's page).</summary>
    public string IndexPath { get; }

    /// <summary>The folder of the document pages.</summary>
    public string PagesDirectory { get; }

    /// <summary>The folder's name, as the index links to it.</summary>
    public string PagesFolderName { get; }

    /// <summary>The link from a document page back to the index.</summary>
    public string IndexHrefFromPage { get; }

    /// <summary>The file name of the page of the <paramref name="position"/>-th document (1-based).</summary>
    public static string PageFileName(int position, string id)
    {
        var name = new StringBuilder(position.ToString("D4", CultureInfo.InvariantCulture)).Append('-');
        foreach (char c in id)
        {
            if (name.Length >= MaxNameChars)
            {
                break;
            }

            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return name.Append(".html").ToString();
    }

    /// <summary>The link from the index to a page.</summary>
    public string HrefFromIndex(string pageFileName) =>
        Uri.EscapeDataString(PagesFolderName) + "/" + Uri.EscapeDataString(pageFileName);
}
