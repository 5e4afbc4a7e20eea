using System.Text;
using NewsFacts.Cli.Inputs;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Robustness;

/// <summary>
/// The pipeline never throws and keeps its offsets valid on arbitrary input: thousands of random strings in the
/// normal suite (NEWSFACTS_FUZZ_CASES=200000 for a longer run), and extreme shapes (1 MB without a space,
/// 100,000 sentences).
/// </summary>
public class ExtractorFuzzTests
{
    private static void Check(Func<Random, string> generate, ArticleFormat format, int cases)
    {
        var random = new Random(FuzzText.Seed);
        for (int n = 0; n < cases; n++)
        {
            string text = generate(random);
            try
            {
                var result = SharedExtractor.Default.Extract(new NewsArticle($"fuzz-{n}", text, format));
                ResultInvariants.AssertValid(result, text);
                if (n % 50 == 0)
                {
                    TestFiles.AssertValid(FactsJson.Serialize(result));
                }
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"seed {FuzzText.Seed} case {n} ({format}): {Escape(text)}\n{e}");
            }
        }
    }

    [Fact]
    public void Random_unicode_strings_never_throw_and_give_valid_offsets() =>
        Check(r => FuzzText.Next(r), ArticleFormat.PlainText, FuzzText.Cases());

    [Fact]
    public void Random_html_never_throws_and_gives_valid_offsets_into_the_converted_text() =>
        Check(r => "<html><body>" + FuzzText.Next(r, 30) + "</body></html>", ArticleFormat.Html, FuzzText.Cases(1000));

    [Fact]
    public void Random_code_units_without_any_structure_never_throw() =>
        Check(r => new string(Enumerable.Range(0, r.Next(300)).Select(_ => (char)r.Next(0x10000)).ToArray()), ArticleFormat.PlainText, FuzzText.Cases(1000));

    [Theory]
    [InlineData('x')]
    [InlineData('.')]
    [InlineData('\uD83D')] // a megabyte of lone high surrogates
    public void A_megabyte_without_a_space_is_processed(char fill)
    {
        string text = new(fill, 1 << 20);
        var result = SharedExtractor.Default.Extract(text);
        ResultInvariants.AssertValid(result, text);
    }

    [Fact]
    public void A_megabyte_of_random_letters_and_punctuation_without_a_space_is_processed()
    {
        var random = new Random(FuzzText.Seed);
        const string alphabet = "abcXYZ.,'-&$%0123456789\u00E9\u4E2D";
        string text = new(Enumerable.Range(0, 1 << 20).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        ResultInvariants.AssertValid(SharedExtractor.Default.Extract(text), text);
    }

    [Fact]
    public void A_hundred_thousand_sentences_are_processed()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            text.Append(i % 10 == 0 ? "Meta hired Kim. " : "It rose. ");
        }

        var result = SharedExtractor.Default.Extract(text.ToString());
        Assert.Null(result.Error);
        Assert.True(result.Sentences.Count >= 100_000, $"{result.Sentences.Count} sentences");
        ResultInvariants.AssertValid(result, text.ToString());
    }

    [Fact]
    public void Random_bytes_through_the_input_decoders_never_throw()
    {
        var random = new Random(FuzzText.Seed);
        for (int n = 0; n < FuzzText.Cases(); n++)
        {
            byte[] bytes = FuzzText.NextBytes(random);
            var file = TextDecoder.Decode("f", bytes, ArticleFormat.PlainText);
            Assert.True(file.Text is not null ^ file.Error is not null);
            var line = JsonLinesInput.DecodeJsonLine("f.jsonl", n + 1, bytes);
            Assert.True(line is null || line.Text is not null ^ line.Error is not null);
            byte[] record = [.. "{\"id\":\"x\",\"text\":\""u8, .. bytes, .. "\"}"u8];
            var parsed = JsonLinesInput.DecodeJsonLine("f.jsonl", n + 1, record);
            Assert.NotNull(parsed);
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Take(400).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
