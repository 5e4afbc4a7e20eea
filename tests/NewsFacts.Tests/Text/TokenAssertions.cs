using NewsFacts.Text;

namespace NewsFacts.Tests.Text;

internal static class TokenAssertions
{
    public static string[] Texts(string text) => NewsTokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    /// <summary>
    /// Offsets are in bounds, non-empty, strictly increasing and non-overlapping; no token contains whitespace;
    /// every non-whitespace character (of the normalised text) is in a token; no valid surrogate pair is cut.
    /// </summary>
    public static void AssertWellFormed(string original, string normalized, IReadOnlyList<Token> tokens)
    {
        Assert.Equal(original.Length, normalized.Length);
        var covered = new bool[normalized.Length];
        var boundary = new bool[normalized.Length + 1];
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token {token} overlaps or precedes the previous one (end {previousEnd})");
            Assert.True(token.End > token.Start, $"empty token {token}");
            Assert.True(token.End <= normalized.Length, $"token {token} past the end ({normalized.Length})");
            for (int i = token.Start; i < token.End; i++)
            {
                Assert.False(char.IsWhiteSpace(normalized[i]), $"token {token} contains whitespace U+{(int)normalized[i]:X4}");
                covered[i] = true;
            }

            boundary[token.Start] = true;
            boundary[token.End] = true;
            previousEnd = token.End;
        }

        for (int i = 0; i < normalized.Length; i++)
        {
            if (!char.IsWhiteSpace(normalized[i]))
            {
                Assert.True(covered[i], $"char {i} (U+{(int)normalized[i]:X4}) is in no token");
            }

            bool pairStart = i + 1 < original.Length && char.IsHighSurrogate(original[i]) && char.IsLowSurrogate(original[i + 1]);
            if (pairStart)
            {
                Assert.True(covered[i] == covered[i + 1], $"surrogate pair at {i} is cut");
                Assert.False(boundary[i + 1], $"a token starts or ends inside the surrogate pair at {i}");
            }
        }
    }

    public static void AssertWellFormed(string original)
    {
        var tokens = NewsTokenizer.Tokenize(original);
        AssertWellFormed(original, CharNormalizer.Normalize(original), tokens);
    }

    /// <summary>Runs <paramref name="action"/> and fails (instead of hanging) when it takes longer than <paramref name="seconds"/>.</summary>
    public static void CompletesWithin(double seconds, Action action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not complete within {seconds} s");
        task.GetAwaiter().GetResult();
    }
}
