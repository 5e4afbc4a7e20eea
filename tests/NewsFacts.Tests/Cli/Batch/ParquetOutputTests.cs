using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>--format parquet: the documents, entities and facts tables hold the same data as the JSON Lines.</summary>
[Collection(ConsoleCollection.Name)]
public class ParquetOutputTests
{
    [Fact]
    public async Task Parquet_tables_match_the_json_lines_output()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 40);
        directory.Write("more/empty.txt", "");
        (await CliHarness.InProcess("extract", input, directory.File("more"), "-o", directory.File("out.jsonl"), "-q")).AssertExit(0);
        (await CliHarness.InProcess("extract", input, directory.File("more"), "--format", "parquet", "-o", directory.File("pq"), "-q")).AssertExit(0);
        var records = File.ReadAllLines(directory.File("out.jsonl")).Select(FactsJson.Deserialize).ToArray();

        var documents = await ParquetFiles.ReadAsync(directory.File("pq/documents.parquet"));
        Assert.Equal(records.Select(r => r.Id), documents["id"].Cast<string>());
        Assert.Equal(records.Select(r => r.Error?.Code), documents["error_code"].Cast<string?>());
        Assert.Equal(records.Select(r => r.Facts?.Count ?? 0), documents["fact_count"].Cast<int>());

        var entities = await ParquetFiles.ReadAsync(directory.File("pq/entities.parquet"));
        var expectedEntities = records.SelectMany(r => (r.Entities ?? []).Select(e => (r.Id, e.Text, e.Start, e.End))).ToArray();
        Assert.Equal(expectedEntities, entities["document_id"].Select((id, i) => ((string)id!, (string)entities["text"][i]!, (int)entities["start"][i]!, (int)entities["end"][i]!)));

        var facts = await ParquetFiles.ReadAsync(directory.File("pq/facts.parquet"));
        var expectedFacts = records.SelectMany(r => r.Facts ?? []).ToArray();
        Assert.NotEmpty(expectedFacts);
        Assert.Equal(expectedFacts.Length, facts["relation"].Count);
        var first = expectedFacts[0];
        string firstJson = FactsJson.Serialize(new DocumentRecord { Id = "x", Entities = [], Facts = [first] });
        Assert.Contains($"\"relation\":\"{facts["relation"][0]}\"", firstJson);
        Assert.Contains($"\"modality\":\"{facts["modality"][0]}\"", firstJson);
        Assert.Equal(first.Subject.Canonical, facts["subject_canonical"][0]);
        Assert.Equal(first.Object.Start, facts["object_start"][0]);
        Assert.Equal(first.Evidence.Text, facts["evidence_text"][0]);
        Assert.Equal(first.Confidence, facts["confidence"][0]);
        Assert.Equal(first.Attributes.Role, facts["role"][0]);
    }

    [Fact]
    public async Task Parquet_through_a_checkpoint_equals_parquet_written_directly()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 30);
        (await CliHarness.InProcess("extract", input, "--format", "parquet", "-o", directory.File("direct"), "-q")).AssertExit(0);
        (await CliHarness.InProcess("extract", input, "--format", "parquet", "-o", directory.File("via"), "--checkpoint", directory.File("ck"), "--chunk-size", "7", "-q")).AssertExit(0);
        foreach (string table in new[] { "documents", "entities", "facts" })
        {
            var direct = await ParquetFiles.ReadAsync(directory.File($"direct/{table}.parquet"));
            var via = await ParquetFiles.ReadAsync(directory.File($"via/{table}.parquet"));
            Assert.Equal(direct.Keys, via.Keys);
            Assert.All(direct.Keys, k => Assert.Equal(direct[k], via[k]));
        }

        Assert.Empty(Directory.GetFiles(directory.File("via"), "*.partial"));
    }

    [Fact]
    public async Task Parquet_to_standard_output_is_a_usage_error_and_an_unwritable_directory_exits_3()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 2);
        (await CliHarness.InProcess("extract", input, "--format", "parquet")).AssertExit(1);
        directory.Write("file", "x");
        (await CliHarness.InProcess("extract", input, "--format", "parquet", "-o", directory.File("file/pq"))).AssertExit(3);
    }
}
