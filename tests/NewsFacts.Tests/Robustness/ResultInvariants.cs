namespace NewsFacts.Tests.Robustness;

/// <summary>What every extraction result must satisfy, whatever the input.</summary>
internal static class ResultInvariants
{
    /// <summary>Offsets in bounds, spans equal to their text, confidences in [0, 1], every fact's entities real.</summary>
    public static void AssertValid(ExtractionResult result, string input)
    {
        string text = result.Text;
        if (result.Error is not null)
        {
            Assert.Empty(result.Entities);
            Assert.Empty(result.Facts);
            return;
        }

        foreach (var e in result.Entities)
        {
            AssertSpan(text, e.Start, e.End, e.Text);
            Assert.False(string.IsNullOrEmpty(e.Canonical));
            Assert.InRange(e.Confidence, 0, 1);
        }

        foreach (var f in result.Facts)
        {
            AssertSpan(text, f.Subject.Start, f.Subject.End, f.Subject.Text);
            AssertSpan(text, f.Object.Start, f.Object.End, f.Object.Text);
            Assert.InRange(f.Evidence.Start, 0, text.Length);
            Assert.InRange(f.Evidence.End, f.Evidence.Start, text.Length);
            Assert.InRange(f.Confidence, 0, 1);
        }

        Assert.True(input.Length == 0 || text.Length > 0);
    }

    // Mention and argument texts are always the exact slice of the document text (line breaks included).
    private static void AssertSpan(string text, int start, int end, string expected)
    {
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start + 1, text.Length);
        Assert.Equal(expected, text[start..end]);
    }
}
