using NewsFacts.Entities;
using NewsFacts.Facts;
using NewsFacts.Pipeline;

namespace NewsFacts.Tests.Support;

/// <summary>Builds pipeline documents with hand-placed mentions (aliases resolved), so later stages are tested without the tagger.</summary>
internal static class TestDocuments
{
    public static PipelineDocument With(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var document = new PipelineDocument("d", text);
        new TextStage().Process(document);
        int searchFrom = 0;
        foreach (var (surface, type) in mentions)
        {
            int start = text.IndexOf(surface, searchFrom, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{surface}' not found after {searchFrom}");
            int end = start + surface.Length;
            int first = document.Tokens.FindIndex(t => t.Start == start);
            int last = document.Tokens.FindIndex(t => t.End == end);
            Assert.True(first >= 0 && last >= first, $"'{surface}' is not a token range");
            document.Mentions.Add(new MentionSpan(first, last + 1, type, 0.9f));
            searchFrom = end;
        }

        new AliasResolver().Process(document);
        return document;
    }

    public static string TextOf(PipelineDocument document, NewsFacts.Relations.Argument argument) =>
        document.Text[document.Tokens[argument.FirstToken].Start..document.Tokens[argument.EndToken - 1].End];
}
