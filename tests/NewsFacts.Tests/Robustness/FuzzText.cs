using System.Globalization;
using System.Text;

namespace NewsFacts.Tests.Robustness;

/// <summary>
/// Seeded random texts for the robustness tests: news words and names (so entities and facts do arise) mixed
/// with arbitrary UTF-16 units (lone surrogates included), control characters, emoji and markup.
/// NEWSFACTS_FUZZ_CASES sets the number of cases (default: a quick run) and NEWSFACTS_FUZZ_SEED the seed.
/// </summary>
internal static class FuzzText
{
    private static readonly string[] Pieces =
    [
        "Meta", "Scale AI", "Google", "OpenAI", "Nvidia Corp.", "Jason Droege", "Mr. Wang", "it", "the company", "its",
        " announced", " a $14.3bn investment in ", " acquired ", " agreed to buy ", " is considering ", " did not ", " sued ",
        " chief executive of ", " left ", " partnered with ", " supplies ", " owns ", " said", " according to Reuters",
        ".", ". ", ",", "'s", "\u2019s", "\"", "\u201C", "\u201D", "(", ")", "-", "\u2014", "&", "%", "U.S.", "Inc.", "\n", "\n\n", "\r\n", "\t",
        " ", "  ", "\u00A0", "\u2028", "\u200B", "\uFEFF", "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\uFFFD", "\uD800", "\uDFFF",
        "\U0001F600", "\U0001F469\u200D\U0001F4BB", "e\u0301", "\u4E2D\u6587", "\u0645\u0631\u062D\u0628\u0627", "<p>", "</p>", "<script>", "&amp;", "&#x1F600;",
        "http://x.y/z?a=1", "a@b.com", "1,000", "3.5", "O'Brien", "AT&T",
    ];

    /// <summary>How many random cases a test runs: 3,000 by default, NEWSFACTS_FUZZ_CASES for a longer opt-in run.</summary>
    public static int Cases(int quick = 3000) =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSFACTS_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : quick;

    /// <summary>The generator's seed: NEWSFACTS_FUZZ_SEED, else a fixed one so failures reproduce.</summary>
    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("NEWSFACTS_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : 20251128;

    /// <summary>A random text of up to <paramref name="maxPieces"/> pieces.</summary>
    public static string Next(Random random, int maxPieces = 60)
    {
        var text = new StringBuilder();
        int count = random.Next(maxPieces + 1);
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    text.Append((char)random.Next(0, 0x10000)); // any UTF-16 unit
                    break;
                case 1:
                    text.Append((char)random.Next(0, 0x20)); // control characters
                    break;
                default:
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Random bytes: sometimes valid UTF-8 of a random text, sometimes arbitrary.</summary>
    public static byte[] NextBytes(Random random)
    {
        if (random.Next(2) == 0)
        {
            byte[] bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            return bytes;
        }

        return Encoding.UTF8.GetBytes(Next(random, 20));
    }
}
