using System.Text.Json;
using System.Text.Json.Nodes;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Facts;

public class FactsJsonTests
{
    private const string Text = "Meta's investment, reported at $14.3bn, gives it a 49% stake in Scale AI.";

    private static Fact InvestsFact(FactAttributes attributes, RelationType relation = RelationType.InvestsIn, Modality modality = Modality.Asserted) => new(
        new EntityRef("Meta", "Meta", EntityType.Organization, 0, 4),
        relation,
        new EntityRef("Scale AI", "Scale AI", EntityType.Organization, 64, 72),
        modality,
        0.875,
        new EvidenceSpan(0, Text.Length, Text),
        attributes);

    private static DocumentRecord RecordWith(params Fact[] facts) => new()
    {
        Id = "business/001.txt",
        Entities =
        [
            new EntityMention("Meta", "Meta", EntityType.Organization, 0, 4, 0.9),
            new EntityMention("Scale AI", "Scale AI", EntityType.Organization, 64, 72, 1),
        ],
        Facts = facts,
    };

    private static IEnumerable<string> Names(JsonNode? node) => node!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

    [Fact]
    public void Extraction_of_the_sample_validates_against_the_schema()
    {
        string json = FactsJson.Serialize(SharedExtractor.Default.Extract(TestFiles.SampleArticle, "samples/article.txt"));
        Assert.DoesNotContain('\n', json);
        TestFiles.AssertValid(json);
    }

    [Fact]
    public void Property_names_are_exactly_the_contract_names()
    {
        string json = FactsJson.Serialize(SharedExtractor.Default.Extract(TestFiles.SampleArticle, "a"));
        var root = JsonNode.Parse(json)!;
        Assert.Equal(["entities", "facts", "id"], Names(root));
        var entities = root["entities"]!.AsArray();
        Assert.NotEmpty(entities);
        foreach (var entity in entities)
        {
            Assert.Equal(["canonical", "confidence", "end", "start", "text", "type"], Names(entity));
            Assert.Contains(entity!["type"]!.GetValue<string>(), new[] { "ORG", "PERSON", "LOC", "MISC" });
        }
    }

    [Fact]
    public void Error_record_validates_and_has_only_id_and_error()
    {
        var result = SharedExtractor.Default.Extract("  ", "x");
        string json = FactsJson.Serialize(result);
        TestFiles.AssertValid(json);
        var root = JsonNode.Parse(json)!;
        Assert.Equal(["error", "id"], Names(root));
        Assert.Equal(["code", "message"], Names(root["error"]));
        Assert.Equal("empty_text", root["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void Hand_built_fact_serialises_with_contract_names_and_validates()
    {
        string json = FactsJson.Serialize(RecordWith(InvestsFact(new FactAttributes(Amount: "$14.3bn"))));
        TestFiles.AssertValid(json);
        var fact = JsonNode.Parse(json)!["facts"]![0]!;
        Assert.Equal(["attributes", "confidence", "evidence", "modality", "object", "relation", "subject"], Names(fact));
        Assert.Equal("invests_in", fact["relation"]!.GetValue<string>());
        Assert.Equal("asserted", fact["modality"]!.GetValue<string>());
        Assert.Equal(["amount"], Names(fact["attributes"]));
        Assert.Equal("$14.3bn", fact["attributes"]!["amount"]!.GetValue<string>());
        Assert.Equal(["canonical", "end", "start", "text", "type"], Names(fact["subject"]));
        Assert.Equal(["end", "start", "text"], Names(fact["evidence"]));
        Assert.Equal(0.875, fact["confidence"]!.GetValue<double>());
    }

    [Fact]
    public void Empty_attributes_serialise_as_an_empty_object()
    {
        string json = FactsJson.Serialize(RecordWith(InvestsFact(FactAttributes.None)));
        Assert.Contains("\"attributes\":{}", json);
        TestFiles.AssertValid(json);
    }

    [Theory]
    [InlineData(RelationType.InvestsIn, "invests_in")]
    [InlineData(RelationType.Acquires, "acquires")]
    [InlineData(RelationType.MergesWith, "merges_with")]
    [InlineData(RelationType.PartnersWith, "partners_with")]
    [InlineData(RelationType.EndsPartnershipWith, "ends_partnership_with")]
    [InlineData(RelationType.Supplies, "supplies")]
    [InlineData(RelationType.Sues, "sues")]
    [InlineData(RelationType.Owns, "owns")]
    [InlineData(RelationType.HoldsRole, "holds_role")]
    [InlineData(RelationType.LeavesRole, "leaves_role")]
    public void Every_relation_serialises_to_its_schema_name(RelationType relation, string name)
    {
        string json = FactsJson.Serialize(RecordWith(InvestsFact(FactAttributes.None, relation)));
        Assert.Contains($"\"relation\":\"{name}\"", json);
        TestFiles.AssertValid(json);
        Assert.Equal(relation, FactsJson.Deserialize(json).Facts![0].Relation);
    }

    [Theory]
    [InlineData(Modality.Asserted, "asserted")]
    [InlineData(Modality.Planned, "planned")]
    [InlineData(Modality.Considering, "considering")]
    [InlineData(Modality.Negated, "negated")]
    public void Every_modality_serialises_to_its_schema_name(Modality modality, string name)
    {
        string json = FactsJson.Serialize(RecordWith(InvestsFact(FactAttributes.None, modality: modality)));
        Assert.Contains($"\"modality\":\"{name}\"", json);
        TestFiles.AssertValid(json);
    }

    [Fact]
    public void Round_trip_preserves_the_record()
    {
        var original = RecordWith(InvestsFact(new FactAttributes(Role: "interim CEO", Source: "Reuters")));
        string json = FactsJson.Serialize(original);
        var parsed = FactsJson.Deserialize(json);
        Assert.Equal(original.Id, parsed.Id);
        Assert.Equal(original.Entities, parsed.Entities);
        var fact = Assert.Single(parsed.Facts!);
        Assert.Equal(original.Facts![0], fact);
        Assert.Equal(new FactAttributes("interim CEO", null, "Reuters"), fact.Attributes);
        Assert.Null(parsed.Error);
        Assert.Equal(json, FactsJson.Serialize(parsed));
    }

    [Fact]
    public void Round_trip_of_an_error_record()
    {
        var original = new DocumentRecord { Id = "a/b.txt", Error = new ExtractionError("invalid_utf8", "bad byte at 3") };
        var parsed = FactsJson.Deserialize(FactsJson.Serialize(original));
        Assert.Equal(original.Error, parsed.Error);
        Assert.Null(parsed.Entities);
        Assert.Null(parsed.Facts);
    }

    [Fact]
    public void Non_ascii_text_round_trips()
    {
        var record = new DocumentRecord
        {
            Id = "caf\u00E9 \U0001F600 \"q\" \\ \u2028",
            Entities = [new EntityMention("Soci\u00E9t\u00E9 G\u00E9n\u00E9rale", "Soci\u00E9t\u00E9 G\u00E9n\u00E9rale", EntityType.Organization, 0, 17, 0.5)],
            Facts = [],
        };
        string json = FactsJson.Serialize(record);
        Assert.DoesNotContain('\n', json);
        Assert.DoesNotContain('\u2028', json);
        TestFiles.AssertValid(json);
        var parsed = FactsJson.Deserialize(json);
        Assert.Equal(record.Id, parsed.Id);
        Assert.Equal(record.Entities[0], parsed.Entities![0]);
    }

    public static TheoryData<string> InvalidRecords => new()
    {
        """{"entities":[],"facts":[]}""",
        """{"id":"a","entities":[]}""",
        """{"id":"a","entities":[],"facts":[],"error":{"code":"empty_text","message":"m"}}""",
        """{"id":"a","error":{"code":"Empty Text","message":"m"}}""",
        """{"id":"a","error":{"code":"empty_text"}}""",
        """{"id":"a","entities":[],"facts":[],"extra":1}""",
        """{"id":"a","entities":[{"text":"Meta","canonical":"Meta","type":"COMPANY","start":0,"end":4,"confidence":0.5}],"facts":[]}""",
        """{"id":"a","entities":[{"text":"Meta","canonical":"Meta","type":"ORG","start":-1,"end":4,"confidence":0.5}],"facts":[]}""",
        """{"id":"a","entities":[{"text":"Meta","canonical":"Meta","type":"ORG","start":0,"end":4,"confidence":1.5}],"facts":[]}""",
        """{"id":"a","entities":[{"text":"","canonical":"Meta","type":"ORG","start":0,"end":4,"confidence":0.5}],"facts":[]}""",
        """{"id":"a","entities":[{"text":"Meta","canonical":"Meta","type":"ORG","start":0,"end":4}],"facts":[]}""",
        """{"id":1,"entities":[],"facts":[]}""",
    };

    [Theory]
    [MemberData(nameof(InvalidRecords))]
    public void Invalid_records_do_not_validate(string json)
    {
        Assert.False(TestFiles.Validate(json).IsValid, json);
    }

    [Fact]
    public void Fact_with_an_unknown_relation_does_not_validate()
    {
        string valid = FactsJson.Serialize(RecordWith(InvestsFact(FactAttributes.None)));
        TestFiles.AssertValid(valid);
        string likes = valid.Replace("\"invests_in\"", "\"likes\"", StringComparison.Ordinal);
        Assert.False(TestFiles.Validate(likes).IsValid);
        Assert.ThrowsAny<JsonException>(() => FactsJson.Deserialize(likes));

        var withLocation = JsonNode.Parse(valid)!;
        withLocation["facts"]![0]!["subject"]!["type"] = "LOC";
        Assert.False(TestFiles.Validate(withLocation.ToJsonString()).IsValid);

        var withUnknownAttribute = JsonNode.Parse(valid)!;
        withUnknownAttribute["facts"]![0]!["attributes"]!["price"] = "1";
        Assert.False(TestFiles.Validate(withUnknownAttribute.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("not json")]
    [InlineData("""{"entities":[],"facts":[]}""")]
    [InlineData("""{"id":"a","entities":[{"text":"Meta","canonical":"Meta","type":"COMPANY","start":0,"end":4,"confidence":0.5}],"facts":[]}""")]
    public void Deserialize_rejects_invalid_lines(string line)
    {
        Assert.ThrowsAny<JsonException>(() => FactsJson.Deserialize(line));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => FactsJson.Serialize((DocumentRecord)null!));
        Assert.Throws<ArgumentNullException>(() => FactsJson.Serialize((ExtractionResult)null!));
        Assert.Throws<ArgumentNullException>(() => FactsJson.Deserialize(null!));
    }
}
