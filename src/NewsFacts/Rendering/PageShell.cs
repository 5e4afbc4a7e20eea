using System.Security.Cryptography;
using System.Text;

namespace NewsFacts.Rendering;

/// <summary>
/// The frame of every page: doctype, head with the inline style, and a Content-Security-Policy that allows
/// nothing but that style and (on document pages) the page's own script, pinned by hash. The page therefore
/// makes no request at all, and even markup that slipped past escaping could not run a script.
/// </summary>
internal static class PageShell
{
    private static readonly string StyleHash = Hash(ReportStyle.Css);
    private static readonly string ScriptHash = Hash(ReportScript.Js);

    /// <summary>Writes everything up to and including <c>&lt;body&gt;</c>.</summary>
    public static void WriteHead(TextWriter writer, string title, bool withScript)
    {
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '");
        writer.Write(StyleHash);
        writer.Write('\'');
        if (withScript)
        {
            writer.Write("; script-src '");
            writer.Write(ScriptHash);
            writer.Write('\'');
        }

        writer.Write("\">\n<meta name=\"generator\" content=\"NewsFacts\">\n<title>");
        HtmlEscape.Text(writer, title);
        writer.Write("</title>\n<style>");
        writer.Write(ReportStyle.Css);
        writer.Write("</style>\n</head>\n<body>\n");
    }

    /// <summary>Writes the closing tags, with the page script before them on document pages.</summary>
    public static void WriteEnd(TextWriter writer, bool withScript)
    {
        if (withScript)
        {
            writer.Write("<script>");
            writer.Write(ReportScript.Js);
            writer.Write("</script>\n");
        }

        writer.Write("</body>\n</html>\n");
    }

    private static string Hash(string content) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
