using NewsFacts.Facts;
using NewsFacts.Training.Facts;

namespace NewsFacts.Tests.Training;

public class FactEvaluatorTests
{
    private static GoldDocument Gold(string doc, GoldEntity[] entities, params (string S, string R, string O, string M)[] facts) => new()
    {
        Doc = doc,
        Entities = [.. entities],
        Facts = [.. facts.Select(f => new GoldFact { Subject = f.S, Relation = f.R, Object = f.O, Modality = f.M })],
    };

    private static GoldEntity Entity(string name, string type = "ORG", params string[] aliases) => new() { Name = name, Type = type, Aliases = [.. aliases] };

    private static Fact Predicted(string subject, RelationType relation, string obj, Modality modality = Modality.Asserted, double confidence = 0.9) => new(
        new EntityRef(subject, subject, EntityType.Organization, 0, 1),
        relation,
        new EntityRef(obj, obj, EntityType.Organization, 2, 3),
        modality,
        confidence,
        new EvidenceSpan(0, 3, "e"),
        FactAttributes.None);

    private static FactEvaluation Evaluate(GoldDocument gold, params Fact[] facts) =>
        FactEvaluator.Evaluate([gold], new Dictionary<string, DocumentRecord> { [gold.Doc] = new() { Id = gold.Doc, Entities = [], Facts = facts } });

    private static readonly GoldEntity[] MetaScale = [Entity("Meta", "ORG", "Meta Platforms"), Entity("Scale AI")];

    [Fact]
    public void Exact_match_counts_once_per_side()
    {
        var evaluation = Evaluate(Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "asserted")), Predicted("Meta", RelationType.InvestsIn, "Scale AI"));
        Assert.Equal((1, 1, 1, 1), (evaluation.Overall.Gold, evaluation.Overall.Predicted, evaluation.Overall.Matched, evaluation.Overall.ModalityMatched));
        Assert.Equal(1.0, evaluation.Overall.Strict.F1);
        Assert.Equal(1, evaluation.ByRelation["invests_in"].Matched);
    }

    [Theory]
    [InlineData(RelationType.PartnersWith, "partners_with")]
    [InlineData(RelationType.MergesWith, "merges_with")]
    [InlineData(RelationType.EndsPartnershipWith, "ends_partnership_with")]
    public void Symmetric_relations_ignore_argument_order(RelationType relation, string name)
    {
        var evaluation = Evaluate(Gold("d", MetaScale, ("Meta", name, "Scale AI", "asserted")), Predicted("Scale AI", relation, "Meta Platforms"));
        Assert.Equal(1, evaluation.Overall.Matched);
    }

    [Theory]
    [InlineData(RelationType.InvestsIn, "invests_in")]
    [InlineData(RelationType.Acquires, "acquires")]
    [InlineData(RelationType.Supplies, "supplies")]
    public void Directed_relations_need_the_gold_order(RelationType relation, string name)
    {
        var evaluation = Evaluate(Gold("d", MetaScale, ("Meta", name, "Scale AI", "asserted")), Predicted("Scale AI", relation, "Meta"));
        Assert.Equal((1, 1, 0), (evaluation.Overall.Gold, evaluation.Overall.Predicted, evaluation.Overall.Matched));
        Assert.Equal(0.0, evaluation.Overall.Triple.F1);
    }

    [Theory]
    [InlineData("Meta Platforms", "Scale AI")]
    [InlineData("meta platforms", "SCALE AI")]
    [InlineData("The Meta", "Scale AI's")]
    [InlineData("Meta Inc", "Scale AI\u2019s")]
    [InlineData("Meta Inc.", "the Scale AI")]
    [InlineData("Meta Platforms Ltd", "  Scale   AI ")]
    public void Aliases_and_normalisation_match(string subject, string obj)
    {
        var evaluation = Evaluate(Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "asserted")), Predicted(subject, RelationType.InvestsIn, obj));
        Assert.Equal(1, evaluation.Overall.Matched);
    }

    [Fact]
    public void Name_that_is_neither_the_name_nor_an_alias_does_not_match()
    {
        var evaluation = Evaluate(Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "asserted")), Predicted("Facebook", RelationType.InvestsIn, "Scale AI"));
        Assert.Equal(0, evaluation.Overall.Matched);
    }

    [Fact]
    public void Duplicates_count_once_on_both_sides()
    {
        var gold = Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "asserted"), ("Meta Platforms", "invests_in", "Scale AI", "asserted"));
        var evaluation = Evaluate(gold,
            Predicted("Meta", RelationType.InvestsIn, "Scale AI"),
            Predicted("Meta Platforms Inc", RelationType.InvestsIn, "Scale AI's"),
            Predicted("Meta", RelationType.InvestsIn, "Scale AI"));
        Assert.Equal((1, 1, 1), (evaluation.Overall.Gold, evaluation.Overall.Predicted, evaluation.Overall.Matched));
    }

    [Fact]
    public void Strict_score_needs_the_modality_to_match()
    {
        var gold = Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "planned"));
        var evaluation = Evaluate(gold, Predicted("Meta", RelationType.InvestsIn, "Scale AI", Modality.Asserted));
        Assert.Equal(1.0, evaluation.Overall.Triple.F1);
        Assert.Equal(0.0, evaluation.Overall.Strict.F1);
        Assert.Equal(0.0, evaluation.Overall.ModalityAccuracy);
    }

    [Fact]
    public void Duplicate_prediction_keeps_the_modality_of_the_most_confident()
    {
        var gold = Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "planned"));
        var evaluation = Evaluate(gold,
            Predicted("Meta", RelationType.InvestsIn, "Scale AI", Modality.Asserted, 0.6),
            Predicted("Meta", RelationType.InvestsIn, "Scale AI", Modality.Planned, 0.8),
            Predicted("Meta", RelationType.InvestsIn, "Scale AI", Modality.Negated, 0.7));
        Assert.Equal((1, 1), (evaluation.Overall.Matched, evaluation.Overall.ModalityMatched));
    }

    [Fact]
    public void Micro_average_over_documents_and_missing_documents()
    {
        var d1 = Gold("d1", MetaScale, ("Meta", "invests_in", "Scale AI", "asserted"), ("Meta", "partners_with", "Scale AI", "asserted"));
        var d2 = Gold("d2", [Entity("Google")], ("Google", "sues", "Reuters", "asserted"));
        var predictions = new Dictionary<string, DocumentRecord>
        {
            ["d1"] = new() { Id = "d1", Entities = [], Facts = [Predicted("Meta", RelationType.InvestsIn, "Scale AI"), Predicted("Meta", RelationType.Acquires, "Scale AI")] },
            ["other"] = new() { Id = "other", Entities = [], Facts = [Predicted("Google", RelationType.Sues, "Reuters")] },
        };
        var evaluation = FactEvaluator.Evaluate([d1, d2], predictions);
        Assert.Equal((2, 1), (evaluation.Documents, evaluation.DocumentsMissing));
        Assert.Equal((3, 2, 1), (evaluation.Overall.Gold, evaluation.Overall.Predicted, evaluation.Overall.Matched));
        Assert.Equal(0.5, evaluation.Overall.Triple.Precision, 10);
        Assert.Equal(1.0 / 3, evaluation.Overall.Triple.Recall, 10);
        Assert.Equal(0.4, evaluation.Overall.Triple.F1, 10);
        Assert.Equal((1, 0, 0), (evaluation.ByRelation["sues"].Gold, evaluation.ByRelation["sues"].Predicted, evaluation.ByRelation["sues"].Matched));
        Assert.Equal((0, 1), (evaluation.ByRelation["acquires"].Gold, evaluation.ByRelation["acquires"].Predicted));
    }

    [Fact]
    public void Entities_are_scored_by_canonical_name_and_type_ignoring_places_and_misc()
    {
        var gold = Gold("d", [Entity("Meta", "ORG", "Meta Platforms"), Entity("Jason Droege", "PER", "Droege"), Entity("Scale AI")]);
        var record = new DocumentRecord
        {
            Id = "d",
            Facts = [],
            Entities =
            [
                new("Meta", "Meta Platforms Inc.", EntityType.Organization, 0, 4, 0.9),
                new("Meta", "Meta", EntityType.Organization, 10, 14, 0.9),
                new("Droege", "Jason Droege", EntityType.Person, 20, 26, 0.9),
                new("Scale AI", "Scale AI", EntityType.Person, 30, 38, 0.9),
                new("Paris", "Paris", EntityType.Location, 40, 45, 0.9),
                new("Olympics", "Olympics", EntityType.Miscellaneous, 50, 58, 0.9),
            ],
        };
        var evaluation = FactEvaluator.Evaluate([gold], new Dictionary<string, DocumentRecord> { ["d"] = record });
        Assert.Equal((3, 3, 2), (evaluation.EntityGold, evaluation.EntityPredicted, evaluation.EntityMatched));
    }

    [Fact]
    public void Scores_are_zero_without_predictions()
    {
        var evaluation = FactEvaluator.Evaluate([Gold("d", MetaScale, ("Meta", "invests_in", "Scale AI", "asserted"))], new Dictionary<string, DocumentRecord>());
        Assert.Equal((1, 0, 0), (evaluation.Overall.Gold, evaluation.Overall.Predicted, evaluation.Overall.Matched));
        Assert.Equal((0.0, 0.0, 0.0), (evaluation.Overall.Triple.Precision, evaluation.Overall.Triple.Recall, evaluation.Overall.Triple.F1));
        Assert.Equal(1, evaluation.DocumentsMissing);
    }

    [Fact]
    public void Gold_reader_reads_the_fixture_and_names_bad_lines()
    {
        var documents = GoldDocument.ReadAll(Support.TestFiles.Fixture("eval", "gold.jsonl"));
        Assert.Equal(["business/001.txt", "business/002.txt"], documents.Select(d => d.Doc));
        Assert.Equal(["Scale"], documents[0].Entities[0].Aliases);
        Assert.Equal("interim CEO", documents[0].Facts[2].Attributes["role"]);

        using var directory = new Support.TempDirectory();
        string bad = directory.Write("g.jsonl", "{\"doc\":\"a\"}\n\n[1]\n");
        var error = Assert.Throws<FormatException>(() => GoldDocument.ReadAll(bad));
        Assert.Contains("g.jsonl:3", error.Message);
    }

    [Fact]
    public void Gold_reader_names_the_line_of_a_null_record()
    {
        using var directory = new Support.TempDirectory();
        string bad = directory.Write("g.jsonl", "{\"doc\":\"a\"}\nnull\n");
        var error = Assert.Throws<FormatException>(() => GoldDocument.ReadAll(bad));
        Assert.Contains("g.jsonl:2", error.Message);
    }

    [Fact]
    public void Gold_reader_names_a_null_first_line()
    {
        using var directory = new Support.TempDirectory();
        string bad = directory.Write("g.jsonl", " null \n{\"doc\":\"a\"}\n");
        var error = Assert.Throws<FormatException>(() => GoldDocument.ReadAll(bad));
        Assert.Contains("g.jsonl:1", error.Message);
    }
}
