using System.Text;
using System.Text.Json;

namespace NewsFacts.Tests.Support;

/// <summary>Deterministic generated news-like documents for batch tests (written for the tests, no real articles).</summary>
internal static class Corpus
{
    private static readonly string[] Companies = ["Meta", "Scale AI", "Google", "Nvidia Corp.", "Acme Robotics", "Morgan Stanley", "Nokia", "Vodafone", "Tesco", "BP"];
    private static readonly string[] People = ["Jason Droege", "Alexandr Wang", "Mary Barra", "Satya Nadella", "Jane Smith", "Tom Jones"];
    private static readonly string[] Templates =
    [
        "{0} announced a multi-billion dollar investment in {1}.",
        "{2} was named chief executive of {0} on Monday.",
        "{0} agreed to buy {1} for $1.2bn, according to Reuters.",
        "Shares in {0} rose 2% after {2} said demand was strong.",
        "{1} is considering ending its partnership with {0}.",
        "{2}, who left {1} last year, declined to comment.",
        "Analysts at {0} said the deal with {1} would close in March.",
    ];

    /// <summary>Document <paramref name="index"/>: a few sentences chosen by a seeded generator.</summary>
    public static string Document(int index, int sentences = 3)
    {
        var random = new Random(index);
        var text = new StringBuilder();
        for (int i = 0; i < sentences; i++)
        {
            string template = Templates[random.Next(Templates.Length)];
            text.Append(string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                template,
                Companies[random.Next(Companies.Length)],
                Companies[random.Next(Companies.Length)],
                People[random.Next(People.Length)]));
            text.Append(i % 2 == 0 ? ' ' : '\n');
        }

        return text.ToString();
    }

    /// <summary>The id of document <paramref name="index"/>.</summary>
    public static string Id(int index) => $"doc-{index:D5}";

    /// <summary>A JSONL line with id and text.</summary>
    public static string JsonLine(string id, string text, string idField = "id", string textField = "text") =>
        JsonSerializer.Serialize(new Dictionary<string, string> { [idField] = id, [textField] = text });

    /// <summary>Writes <paramref name="count"/> generated documents as JSONL; returns the path.</summary>
    public static string WriteJsonl(TempDirectory directory, string name, int count, int sentences = 3)
    {
        var lines = Enumerable.Range(0, count).Select(i => JsonLine(Id(i), Document(i, sentences)));
        return directory.Write(name, string.Join('\n', lines) + "\n");
    }

    /// <summary>The ids of a JSON Lines output file, in order.</summary>
    public static string[] Ids(string jsonlPath) =>
        File.ReadLines(jsonlPath).Select(l => NewsFacts.Facts.FactsJson.Deserialize(l).Id).ToArray();
}
