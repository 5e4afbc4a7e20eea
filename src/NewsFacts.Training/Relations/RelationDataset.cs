using NewsFacts.Entities;
using NewsFacts.Facts;
using NewsFacts.Relations;
using NewsFacts.Training.Facts;

namespace NewsFacts.Training.Relations;

/// <summary>One training example: hashed features and a class.</summary>
/// <param name="Features">The hashed binary features.</param>
/// <param name="Label">The class.</param>
/// <param name="Weight">The example's weight.</param>
/// <param name="Dense">The mean word vectors of the pair's blocks (pair examples with word vectors, see <see cref="PairWordVectors.Features"/>), or null.</param>
internal sealed record LabeledFeatures(int[] Features, int Label, float Weight = 1, float[]? Dense = null);

/// <summary>The examples of the relation and modality classifiers built from annotated articles.</summary>
internal sealed class RelationDataset
{
    public List<LabeledFeatures> Pairs { get; } = [];

    /// <summary>Word vectors whose means over a pair's blocks join the pair's features, or null.</summary>
    public PairWordVectors? Vectors { get; init; }

    public List<LabeledFeatures> Modalities { get; } = [];

    /// <summary>Examples of the direction classifier: 0 = the earlier argument is the subject, 1 = the later one.</summary>
    public List<LabeledFeatures> Directions { get; } = [];

    public int Documents { get; private set; }

    public int GoldFacts { get; private set; }

    public int FactsFound { get; private set; }

    /// <summary>
    /// Runs the entity stages on each annotated article (with its gold names as a gazetteer, so the classifier
    /// learns relations rather than tagger errors), enumerates candidate pairs exactly as at run time, and labels
    /// each pair from the gold facts whose evidence lies in the pair's sentence. A pair of two entities related in
    /// the document but not in that sentence is left out rather than taught as "no relation".
    /// </summary>
    public static RelationDataset Build(IEnumerable<GoldDocument> documents, Func<string, string?> readText, Action<string> log, float writtenWeight = 1, PairWordVectors? vectors = null)
    {
        var dataset = new RelationDataset { Vectors = vectors };
        foreach (var gold in documents)
        {
            string? text = readText(gold.Doc);
            if (text is null)
            {
                log($"skipped {gold.Doc}: text not found");
                continue;
            }

            dataset.Add(gold, text, gold.Text is null ? 1 : writtenWeight);
        }

        log($"relation data: {dataset.Documents} documents, {dataset.Pairs.Count} candidate pairs ({dataset.Pairs.Count(p => p.Label != RelationLabels.None)} positive), " +
            $"{dataset.FactsFound} of {dataset.GoldFacts} gold facts reachable; positives by class: " +
            string.Join(", ", dataset.Pairs.Where(p => p.Label != RelationLabels.None).GroupBy(p => p.Label).OrderBy(g => g.Key)
                .Select(g => $"{ContractNames<RelationType>.Of(RelationLabels.RelationOf(g.Key))} {g.Count()}")) + $"; {dataset.Directions.Count} direction examples");
        return dataset;
    }

    private void Add(GoldDocument gold, string text, float weight)
    {
        Documents++;
        GoldFacts += gold.Facts.Count;
        var gazetteer = new EntityGazetteer();
        var keyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int e = 0; e < gold.Entities.Count; e++)
        {
            var entity = gold.Entities[e];
            var type = entity.EntityType;
            foreach (string name in entity.Aliases.Prepend(entity.Name))
            {
                keyOf.TryAdd(NameMatching.Normalize(name), e);
                if (name.Any(char.IsLetterOrDigit) && text.Contains(name, StringComparison.Ordinal))
                {
                    gazetteer.Add(name, type);
                }
            }
        }

        var extractor = NewsFactsExtractor.CreateWithoutRelations(new NewsFactsOptions { Gazetteer = gazetteer, MaxDegreeOfParallelism = 1 });
        var document = extractor.Analyze(gold.Doc, text, extractor.EntityStageCount);
        var arguments = ReferenceResolver.Arguments(document);

        // Gold facts as (subject key, object key) → (relation, modality, evidence span).
        var facts = new List<(int Subject, int Object, RelationType Relation, Modality Modality, int Start, int End)>();
        foreach (var fact in gold.Facts)
        {
            if (!keyOf.TryGetValue(NameMatching.Normalize(fact.Subject), out int s) || !keyOf.TryGetValue(NameMatching.Normalize(fact.Object), out int o)
                || !ContractNames<RelationType>.TryParse(fact.Relation, out var relation) || !ContractNames<Modality>.TryParse(fact.Modality, out var modality))
            {
                continue;
            }

            int start = text.IndexOf(fact.Evidence, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            facts.Add((s, o, relation, modality, start, start + fact.Evidence.Length));
        }

        var found = new HashSet<int>();
        var features = new List<int>();
        foreach (var pair in RelationCandidates.Enumerate(document, arguments))
        {
            int a = keyOf.GetValueOrDefault(NameMatching.Normalize(pair.Earlier.Canonical), -1);
            int b = keyOf.GetValueOrDefault(NameMatching.Normalize(pair.Later.Canonical), -1);
            int label = RelationLabels.None;
            bool earlierIsSubject = true;
            int factIndex = -1;
            bool relatedElsewhere = false;
            for (int f = 0; f < facts.Count; f++)
            {
                var fact = facts[f];
                bool forward = fact.Subject == a && fact.Object == b;
                bool backward = fact.Subject == b && fact.Object == a;
                if (a < 0 || b < 0 || !(forward || backward))
                {
                    continue;
                }

                if (fact.Start < pair.Sentence.End && pair.Sentence.Start < fact.End)
                {
                    label = RelationLabels.Of(fact.Relation);
                    earlierIsSubject = forward;
                    factIndex = f;
                    break;
                }

                relatedElsewhere = true;
            }

            if (label == RelationLabels.None && relatedElsewhere)
            {
                continue;
            }

            features.Clear();
            RelationFeatures.Pair(document.Normalized, document.Tokens, pair.Sentence, pair.Earlier, pair.Later, pair.ArgumentsBetween, features);
            Pairs.Add(new LabeledFeatures(Sorted(features), label, weight, Vectors?.Features(document.Normalized, document.Tokens, pair.Sentence, pair.Earlier, pair.Later)));
            if (label != RelationLabels.None)
            {
                AddDirection(document.Normalized, document.Tokens, pair, RelationLabels.RelationOf(label), earlierIsSubject, weight);
                found.Add(factIndex);
                features.Clear();
                RelationFeatures.Modality(document.Normalized, document.Tokens, pair.Sentence, pair.Earlier, pair.Later, label, features);
                Modalities.Add(new LabeledFeatures(Sorted(features), (int)facts[factIndex].Modality, weight));
            }
        }

        FactsFound += found.Count;
    }

    /// <summary>Adds a direction example when the argument types leave the direction open.</summary>
    internal void AddDirection(string text, List<NewsFacts.Text.Token> tokens, CandidatePair pair, RelationType relation, bool earlierIsSubject, float weight)
    {
        if (!RelationLabels.NeedsDirection(relation, pair.Earlier.Type, pair.Later.Type))
        {
            return;
        }

        var features = new List<int>();
        RelationFeatures.Direction(text, tokens, pair.Sentence, pair.Earlier, pair.Later, pair.ArgumentsBetween, relation, features);
        Directions.Add(new LabeledFeatures(Sorted(features), earlierIsSubject ? 0 : 1, weight));
    }

    // The features in order, repeats kept: a feature fired twice has value 2 (see RelationTrainer.Row), as the
    // library's scorer counts it.
    internal static int[] Sorted(List<int> features)
    {
        var array = features.ToArray();
        Array.Sort(array);
        return array;
    }
}
