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

    // What a head may hold (HTML5 "in head" mode); "" is a tag without a name such as <!DOCTYPE>.
    private static readonly HashSet<string> HeadElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "title", "meta", "link", "base", "basefont", "bgsound", "script", "style", "noscript", "template",
    };

    /// <summary>Converts <paramref name="html"/> to plain text. Never throws on malformed markup.</summary>
    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder(html.Length);
        int i = 0;
        while (i < html.Length)
        {
            int lt = NextTagStart(html, i);
            int textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                AppendText(output, html.AsSpan(i, textEnd - i));
            }

            if (lt < 0)
            {
                break;
            }

            if (IsCommentStart(html, lt))
            {
                i = SkipComment(html, lt);
                continue;
            }

            int gt = FindTagEnd(html, lt);
            if (gt < 0)
            {
                AppendText(output, html.AsSpan(lt));
                break;
            }

            var inside = html.AsSpan(lt + 1, gt - lt - 1);
            string name = TagName(inside, out bool closing);
            i = gt + 1;
            if (!closing && !IsSelfClosing(inside) && SkippedElements.Contains(name))
            {
                i = name.Equals("head", StringComparison.OrdinalIgnoreCase) ? SkipHead(html, i) : SkipElement(html, name, i);
                continue;
            }

            if (BlockElements.Contains(name))
            {
                AppendParagraphBreak(output);
            }
        }

        return output.ToString().Trim();
    }

    // The next '<' at or after i that opens a tag or comment, or -1. As in HTML5, a '<' not followed by
    // a letter, '/', '!' or '?' ("1 < 2") is text.
    private static int NextTagStart(string html, int i)
    {
        int lt = html.IndexOf('<', i);
        while (lt >= 0 && !(lt + 1 < html.Length && (char.IsAsciiLetter(html[lt + 1]) || html[lt + 1] is '/' or '!' or '?')))
        {
            lt = html.IndexOf('<', lt + 1);
        }

        return lt;
    }

    private static bool IsCommentStart(string html, int lt) => string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0;

    private static int SkipComment(string html, int lt)
    {
        int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
        return close < 0 ? html.Length : close + 3;
    }

    // The '>' that ends the tag opened at lt, or -1. A '>' inside a quoted attribute value does not end it;
    // an unterminated quote falls back to the first '>' so a stray quote cannot swallow the page.
    private static int FindTagEnd(string html, int lt)
    {
        for (int j = lt + 1; j < html.Length; j++)
        {
            char c = html[j];
            if (c == '>')
            {
                return j;
            }

            if (c is '"' or '\'' && StartsAttributeValue(html, lt, j))
            {
                int close = html.IndexOf(c, j + 1);
                if (close < 0)
                {
                    return html.IndexOf('>', j + 1);
                }

                j = close;
            }
        }

        return -1;
    }

    // True when the quote at j follows '=' (spaces allowed), so it opens an attribute value.
    private static bool StartsAttributeValue(string html, int lt, int j)
    {
        int k = j - 1;
        while (k > lt && char.IsWhiteSpace(html[k]))
        {
            k--;
        }

        return html[k] == '=';
    }

    // "<svg/>" has no content to skip.
    private static bool IsSelfClosing(ReadOnlySpan<char> inside) => inside.TrimEnd().EndsWith('/');

    // Skips the content of an element up to and including its end tag (to the end of input without one).
    private static int SkipElement(string html, string name, int i)
    {
        int close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
        int end = close < 0 ? -1 : html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }

    // Skips a head. Its end tag is optional in HTML5: the head also ends at <body> or at any other tag
    // that a head may not hold, which is then processed as body content.
    private static int SkipHead(string html, int i)
    {
        while (true)
        {
            int lt = NextTagStart(html, i);
            if (lt < 0)
            {
                return html.Length;
            }

            if (IsCommentStart(html, lt))
            {
                i = SkipComment(html, lt);
                continue;
            }

            int gt = FindTagEnd(html, lt);
            if (gt < 0)
            {
                return html.Length;
            }

            var inside = html.AsSpan(lt + 1, gt - lt - 1);
            string name = TagName(inside, out bool closing);
            if (closing && name.Equals("head", StringComparison.OrdinalIgnoreCase))
            {
                return gt + 1;
            }

            if (!closing && !HeadElements.Contains(name))
            {
                return lt;
            }

            i = gt + 1;
            if (!closing && !IsSelfClosing(inside) && name.Length > 0 && !IsVoidHeadElement(name))
            {
                i = SkipElement(html, name, i); // title, script, style, noscript, template: skip their text
            }
        }
    }

    private static bool IsVoidHeadElement(string name) =>
        name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("base", StringComparison.OrdinalIgnoreCase) || name.Equals("basefont", StringComparison.OrdinalIgnoreCase)
        || name.Equals("bgsound", StringComparison.OrdinalIgnoreCase);

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
