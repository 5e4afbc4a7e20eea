using System.Net;
using System.Text;

namespace NewsFacts.Text;

/// <summary>
/// Turns an HTML page or fragment into plain text for extraction: tags are dropped, character references
/// decoded, script and style contents removed, and block elements (p, div, li, h1–h6, br, tr ...) start
/// new lines so paragraphs and headlines become separate sentences. Offsets of the result index the
/// converted text, which is what the extractor reports as the document text.
/// </summary>
public static class HtmlToText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "title", "figcaption", "dd", "dt", "hr", "main", "aside", "nav",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head",
    };

    /// <summary>Converts <paramref name="html"/> to plain text. Never throws on malformed markup.</summary>
    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder(html.Length);
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            int textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                AppendText(output, html.AsSpan(i, textEnd - i));
            }

            if (lt < 0)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            int gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                AppendText(output, html.AsSpan(lt));
                break;
            }

            string name = TagName(html.AsSpan(lt + 1, gt - lt - 1), out bool closing);
            i = gt + 1;
            if (!closing && SkippedElements.Contains(name))
            {
                int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                int end = close < 0 ? -1 : html.IndexOf('>', close);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (BlockElements.Contains(name))
            {
                AppendParagraphBreak(output);
            }
        }

        return output.ToString().Trim();
    }

    private static string TagName(ReadOnlySpan<char> inside, out bool closing)
    {
        closing = inside.Length > 0 && inside[0] == '/';
        var rest = closing ? inside[1..] : inside;
        int end = 0;
        while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] == '-'))
        {
            end++;
        }

        return rest[..end].ToString();
    }

    private static void AppendText(StringBuilder output, ReadOnlySpan<char> raw)
    {
        string decoded = WebUtility.HtmlDecode(raw.ToString());
        foreach (char c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (output.Length > 0 && !char.IsWhiteSpace(output[^1]))
                {
                    output.Append(' ');
                }
            }
            else
            {
                output.Append(c);
            }
        }
    }

    private static void AppendParagraphBreak(StringBuilder output)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }

        if (output.Length > 0 && !(output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n'))
        {
            output.Append(output[^1] == '\n' ? "\n" : "\n\n");
        }
    }
}
