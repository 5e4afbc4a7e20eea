using NewsFacts.Text;

namespace NewsFacts.Tests.Text;

public class HtmlToTextTests
{
    [Fact]
    public void Tags_are_removed_and_paragraphs_are_separate_lines()
    {
        Assert.Equal("Hello world\n\nSecond paragraph", HtmlToText.Convert("<p>Hello <b>world</b></p><p>Second <i>paragraph</i></p>"));
    }

    [Fact]
    public void Headings_list_items_and_breaks_start_new_lines()
    {
        string text = HtmlToText.Convert("<h1>Meta invests</h1><div>Body<br>more</div><ul><li>one</li><li>two</li></ul>");
        Assert.Equal(["Meta invests", "Body", "more", "one", "two"], text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Inline_tags_do_not_split_words()
    {
        Assert.Equal("Scale AI", HtmlToText.Convert("<span>Sc</span>ale <a href=\"x\">AI</a>"));
    }

    [Fact]
    public void Entities_are_decoded()
    {
        Assert.Equal("AT&T caf\u00E9 <b> \u00A3600m \"q\"", HtmlToText.Convert("AT&amp;T caf&#233; &lt;b&gt; &pound;600m &quot;q&quot;"));
        Assert.Equal("\u00E9", HtmlToText.Convert("&#xE9;"));
    }

    [Fact]
    public void Script_style_and_comments_are_dropped()
    {
        string html = "<p>A</p><script>var x = '<p>bad</p>';</script><style>p { color: red }</style><!-- hidden <p>no</p> --><noscript>enable js</noscript><p>B</p>";
        Assert.Equal("A\n\nB", HtmlToText.Convert(html));
    }

    [Fact]
    public void Upper_case_tags_are_recognised()
    {
        Assert.Equal("A\n\nB", HtmlToText.Convert("<P>A</P><SCRIPT>x()</SCRIPT><P>B</P>"));
    }

    [Fact]
    public void Whitespace_is_collapsed()
    {
        Assert.Equal("a b c", HtmlToText.Convert("<p>  a \n\n\t b   c  </p>"));
    }

    [Theory]
    [InlineData("<p>unclosed", "unclosed")]
    [InlineData("a < b", "a < b")]
    [InlineData("<", "<")]
    [InlineData("text <b", "text <b")]
    [InlineData("</p></div>", "")]
    [InlineData("<script>never closed", "")]
    [InlineData("<!-- never closed", "")]
    [InlineData("&bogus; x", "&bogus; x")]
    [InlineData("<<p>>x", "<\n\n>x")] // a "<" not opening a tag is text, as in HTML5
    [InlineData("", "")]
    public void Malformed_html_never_throws(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Fact]
    public void Random_markup_never_throws()
    {
        string[] pieces = ["<", ">", "</", "/>", "p", "script", "style", "<!--", "-->", "&", "&amp;", "&#", ";", "x", " ", "\n", "\"", "'", "=", "<br>", "</p>", "<p>"];
        var random = new Random(3);
        for (int n = 0; n < 3000; n++)
        {
            string html = string.Concat(Enumerable.Range(0, random.Next(30)).Select(_ => pieces[random.Next(pieces.Length)]));
            string text = HtmlToText.Convert(html);
            Assert.NotNull(text);
            Assert.Equal(text.Trim(), text);
        }
    }

    [Fact]
    public void Null_throws()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlToText.Convert(null!));
    }

    [Fact]
    public void Omitted_head_end_tag_keeps_the_body()
    {
        Assert.Contains("Meta invests", HtmlToText.Convert("<html><head><title>T</title><body><p>Meta invests</p></body></html>"));
    }

    [Fact]
    public void Self_closing_svg_does_not_swallow_the_rest()
    {
        string text = HtmlToText.Convert("<p>Logo <svg width=\"10\"/> Acme wins</p><p>More</p>");
        Assert.Contains("Acme wins", text);
        Assert.Contains("More", text);
    }

    [Fact]
    public void Less_than_followed_by_space_is_text()
    {
        Assert.Equal("Profit rose 1 < 2 and 3 > 2 today", HtmlToText.Convert("Profit rose 1 < 2 and 3 > 2 today"));
    }

    [Fact]
    public void Greater_than_inside_a_quoted_attribute_does_not_end_the_tag()
    {
        Assert.Equal("Meta grew", HtmlToText.Convert("<p><img alt=\"profit > forecast\" src=\"a.png\">Meta grew</p>"));
    }

    [Theory]
    [InlineData("<html><head><title>T</title></head><body><p>Meta invests</p></body></html>", "Meta invests")]
    [InlineData("<head><meta charset=\"utf-8\"><link rel=x href=y><title>T</title><p>Meta invests</p>", "Meta invests")]
    [InlineData("<head><script>document.write('<body>x');</script><!-- <body> --></head><body>Meta invests", "Meta invests")]
    [InlineData("<HEAD><TITLE>T</TITLE><BODY>Meta invests", "Meta invests")]
    [InlineData("<head><title>T</title>", "")]
    public void Head_is_dropped_with_or_without_its_end_tag(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Theory]
    [InlineData("<p>A <script src=\"a.js\" /> B</p>", "A B")]
    [InlineData("<p>A<svg><path d=\"M0\"/></svg> B</p>", "A B")]
    public void Self_closing_skipped_elements_skip_nothing(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }

    [Theory]
    [InlineData("x <2 y", "x <2 y")]
    [InlineData("a <= b", "a <= b")]
    [InlineData("a<-b <i>c</i>", "a<-b c")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html><p>A</p>", "A")]
    [InlineData("<p title='a > b'>A</p><p data-x = \"1>0\">B</p>", "A\n\nB")]
    [InlineData("<a title=\"x>Meta grew</a>", "Meta grew")] // unterminated quote: the first '>' ends the tag
    [InlineData("<p class=a\"b>C</p>", "C")] // a quote inside an unquoted value opens nothing
    public void Tag_boundaries_follow_html5(string html, string expected)
    {
        Assert.Equal(expected, HtmlToText.Convert(html));
    }
}
