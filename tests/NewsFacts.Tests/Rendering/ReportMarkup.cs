using System.Net;
using System.Text.RegularExpressions;

namespace NewsFacts.Tests.Rendering;

/// <summary>
/// Reads back the article part of a rendered page: checks that its elements nest, and returns the text with
/// the offsets of each highlight and of each fact's evidence pieces, so tests compare them with the record.
/// </summary>
internal static partial class ReportMarkup
{
    public sealed record Parsed(string Text, List<(int Start, int End, string Entity, string Classes)> Marks, Dictionary<string, List<(int Start, int End)>> Evidence);

    [GeneratedRegex("<(/?)([a-z]+)((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*>|[^<]+")]
    private static partial Regex Token();

    [GeneratedRegex("([a-z-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    /// <summary>The inside of <c>&lt;div id="text"&gt;</c>.</summary>
    public static string ArticleOf(string page)
    {
        const string open = "<div id=\"text\" class=\"text\">";
        int start = page.IndexOf(open, StringComparison.Ordinal);
        Assert.True(start >= 0, "no article element");
        start += open.Length;
        int end = page.IndexOf("</div>\n</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    public static Parsed Parse(string article)
    {
        var stack = new Stack<(string Name, Dictionary<string, string> Attributes, int Start)>();
        var text = new System.Text.StringBuilder();
        var marks = new List<(int, int, string, string)>();
        var evidence = new Dictionary<string, List<(int, int)>>();
        int consumed = 0;
        foreach (Match token in Token().Matches(article))
        {
            Assert.Equal(consumed, token.Index); // nothing the pattern cannot read, e.g. a stray '<'
            consumed += token.Length;
            if (!token.Groups[2].Success)
            {
                string decoded = WebUtility.HtmlDecode(token.Value);
                if (stack.Count > 0 && stack.Peek().Name == "span")
                {
                    foreach (string fact in stack.Peek().Attributes["data-facts"].Split(' '))
                    {
                        if (!evidence.TryGetValue(fact, out var pieces))
                        {
                            evidence[fact] = pieces = [];
                        }

                        pieces.Add((text.Length, text.Length + decoded.Length));
                    }
                }

                text.Append(decoded);
                continue;
            }

            string name = token.Groups[2].Value;
            if (token.Groups[1].Value == "/")
            {
                Assert.True(stack.Count > 0 && stack.Peek().Name == name, $"</{name}> closes {(stack.Count > 0 ? stack.Peek().Name : "nothing")}");
                var (_, attributes, start) = stack.Pop();
                if (name == "mark")
                {
                    marks.Add((start, text.Length, attributes["data-entity"], attributes["class"]));
                }

                continue;
            }

            Assert.True(name is "mark" or "span", $"unexpected element <{name}> in the article");
            Assert.False(name == "mark" && stack.Any(e => e.Name == "mark"), "a highlight inside a highlight");
            Assert.False(name == "span" && stack.Any(e => e.Name == "span"), "an evidence piece inside another");
            var attrs = AttributePattern().Matches(token.Groups[3].Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            stack.Push((name, attrs, text.Length));
        }

        Assert.Equal(article.Length, consumed);
        Assert.Empty(stack);
        return new Parsed(text.ToString(), marks, evidence);
    }
}
