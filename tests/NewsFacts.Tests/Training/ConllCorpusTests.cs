using NewsFacts.Entities.Tagging;
using NewsFacts.Tests.Support;
using NewsFacts.Training.Ner;

namespace NewsFacts.Tests.Training;

public class ConllCorpusTests
{
    private static string[] Names(byte[] tags) => tags.Select(TagSet.Name).ToArray();

    [Theory]
    [InlineData("I-ORG I-ORG B-ORG", "B-ORG I-ORG B-ORG")]
    [InlineData("O I-PER I-PER O", "O B-PER I-PER O")]
    [InlineData("I-PER I-LOC I-LOC", "B-PER B-LOC I-LOC")]
    [InlineData("I-MISC O I-MISC", "B-MISC O B-MISC")]
    [InlineData("B-ORG I-ORG O B-LOC", "B-ORG I-ORG O B-LOC")]
    [InlineData("O O", "O O")]
    public void Iob1_is_converted_to_iob2(string iob1, string iob2)
    {
        Assert.Equal(iob2.Split(' '), Names(ConllCorpus.ToIob2(iob1.Split(' '), "f", 1)));
    }

    [Fact]
    public void Unknown_tag_is_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => ConllCorpus.ToIob2(["O", "I-COMPANY"], "f.conll", 9));
        Assert.Contains("I-COMPANY", error.Message);
    }

    [Fact]
    public void Read_splits_sentences_and_documents_and_converts_tags()
    {
        var sentences = ConllCorpus.Read(TestFiles.Fixture("conll", "tiny.conll"));
        Assert.Equal(2, sentences.Count(s => s.IsDocumentStart));
        Assert.True(sentences[0].IsDocumentStart);
        Assert.Equal(50, sentences.Count(s => !s.IsDocumentStart));
        var first = sentences[1];
        Assert.Equal("Mary Jones said on Monday that Reuters would open an office in Germany .".Split(' '), first.Words);
        Assert.Equal(["B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "B-LOC", "O"], Names(first.Gold));
        var adjacent = sentences.Single(s => s.Words.Contains("flew"));
        Assert.Equal(["O", "O", "B-LOC", "B-LOC", "O", "O", "O"], Names(adjacent.Gold));
        Assert.All(sentences, s => Assert.Equal(s.Words.Length, s.Gold.Length));
    }

    [Fact]
    public void Read_accepts_iob2_and_a_file_without_final_blank_line()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("a.conll", "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER");
        var sentences = ConllCorpus.Read(path);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["B-ORG", "O", "B-MISC", "O"], Names(sentences[0].Gold));
        Assert.Equal(["B-PER", "I-PER"], Names(sentences[1].Gold));
    }

    [Fact]
    public void Line_without_a_tag_is_a_format_error_naming_the_line()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("a.conll", "EU NNP B-NP B-ORG\nrejects\n");
        var error = Assert.Throws<FormatException>(() => ConllCorpus.Read(path));
        Assert.Contains("a.conll:2", error.Message);
    }

    [Fact]
    public void Unknown_tag_error_names_the_line_of_the_tag()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("a.conll", "EU NNP B-NP B-ORG\nrejects VBZ B-VP I-COMPANY\nit PRP B-NP O\n\n");
        var error = Assert.Throws<FormatException>(() => ConllCorpus.Read(path));
        Assert.Contains("a.conll:2", error.Message);
    }

    [Fact]
    public void Unknown_tag_on_the_last_line_of_a_later_sentence_names_that_line()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("a.conll", "EU NNP B-NP B-ORG\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP PERSON");
        var error = Assert.Throws<FormatException>(() => ConllCorpus.Read(path));
        Assert.Contains("a.conll:6", error.Message);
        Assert.Contains("PERSON", error.Message);
    }
}
