using NewsFacts.Training.Ner;
using NewsFacts.Facts;

namespace NewsFacts.Training.Facts;

/// <summary>Counts for one group of facts (all, or one relation).</summary>
public sealed class FactCounts
{
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int Matched { get; set; }
    public int ModalityMatched { get; set; }

    public Score Triple => new(Gold, Predicted, Matched);

    public Score Strict => new(Gold, Predicted, ModalityMatched);

    public double ModalityAccuracy => Matched == 0 ? 0 : (double)ModalityMatched / Matched;
}

/// <summary>The result of scoring predictions against gold facts.</summary>
public sealed class FactEvaluation
{
    public FactCounts Overall { get; } = new();
    public SortedDictionary<string, FactCounts> ByRelation { get; } = new(StringComparer.Ordinal);
    public int EntityGold { get; set; }
    public int EntityPredicted { get; set; }
    public int EntityMatched { get; set; }
    public int Documents { get; set; }
    public int DocumentsMissing { get; set; }

    public Score Entities => new(EntityGold, EntityPredicted, EntityMatched);
}

/// <summary>
/// Scores predicted facts exactly as "How facts are scored" in the guidelines: per document, a predicted fact
/// matches a gold fact when the relation is the same and subject and object each match the gold entity's name
/// or an alias after normalisation; symmetric relations ignore order; duplicates count once; micro-averaged.
/// </summary>
public static class FactEvaluator
{
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "merges_with", "partners_with", "ends_partnership_with" };

    public static FactEvaluation Evaluate(IReadOnlyList<GoldDocument> gold, IReadOnlyDictionary<string, DocumentRecord> predictions)
    {
        var result = new FactEvaluation();
        foreach (var document in gold)
        {
            result.Documents++;
            predictions.TryGetValue(document.Doc, out var predicted);
            if (predicted is null)
            {
                result.DocumentsMissing++;
            }

            // Each gold entity is a key; every one of its names points to it.
            var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in document.Entities)
            {
                string key = "#" + NameMatching.Normalize(entity.Name);
                foreach (string name in entity.Aliases.Prepend(entity.Name))
                {
                    keyOf.TryAdd(NameMatching.Normalize(name), key);
                }
            }

            string Resolve(string name)
            {
                string normalized = NameMatching.Normalize(name);
                return keyOf.TryGetValue(normalized, out var key) ? key : normalized;
            }

            ScoreEntities(document, predicted, keyOf, result);

            var goldFacts = new Dictionary<(string, string, string), string>();
            foreach (var fact in document.Facts)
            {
                goldFacts.TryAdd(Triple(fact.Relation, Resolve(fact.Subject), Resolve(fact.Object)), fact.Modality);
            }

            // Duplicates count once; a triple predicted with several modalities keeps its most confident one.
            var predictedFacts = new Dictionary<(string, string, string), (string Modality, double Confidence)>();
            foreach (var fact in predicted?.Facts ?? [])
            {
                string relation = ContractNames<RelationType>.Of(fact.Relation);
                var triple = Triple(relation, Resolve(fact.Subject.Canonical), Resolve(fact.Object.Canonical));
                string modality = ContractNames<Modality>.Of(fact.Modality);
                if (!predictedFacts.TryGetValue(triple, out var existing) || fact.Confidence > existing.Confidence)
                {
                    predictedFacts[triple] = (modality, fact.Confidence);
                }
            }

            foreach (var (triple, modality) in goldFacts)
            {
                Bump(result, triple.Item1, gold: 1);
                if (predictedFacts.TryGetValue(triple, out var p))
                {
                    Bump(result, triple.Item1, matched: 1, modalityMatched: p.Modality == modality ? 1 : 0);
                }
            }

            foreach (var triple in predictedFacts.Keys)
            {
                Bump(result, triple.Item1, predicted: 1);
            }
        }

        return result;
    }

    private static void ScoreEntities(GoldDocument document, DocumentRecord? predicted, Dictionary<string, string> keyOf, FactEvaluation result)
    {
        var goldSet = document.Entities.Select(e => ("#" + NameMatching.Normalize(e.Name), TypeName(e.Type))).ToHashSet();
        var predictedSet = new HashSet<(string, string)>();
        foreach (var entity in predicted?.Entities ?? [])
        {
            if (entity.Type is not (EntityType.Organization or EntityType.Person))
            {
                continue;
            }

            string normalized = NameMatching.Normalize(entity.Canonical);
            predictedSet.Add((keyOf.TryGetValue(normalized, out var key) ? key : normalized, ContractNames<EntityType>.Of(entity.Type)));
        }

        result.EntityGold += goldSet.Count;
        result.EntityPredicted += predictedSet.Count;
        result.EntityMatched += predictedSet.Count(goldSet.Contains);
    }

    private static string TypeName(string goldType) => goldType.ToUpperInvariant() is "PER" or "PERSON" ? "PERSON" : goldType.ToUpperInvariant();

    private static (string, string, string) Triple(string relation, string subject, string obj) =>
        Symmetric.Contains(relation) && string.CompareOrdinal(subject, obj) > 0 ? (relation, obj, subject) : (relation, subject, obj);

    private static void Bump(FactEvaluation result, string relation, int gold = 0, int predicted = 0, int matched = 0, int modalityMatched = 0)
    {
        foreach (var counts in new[] { result.Overall, result.ByRelation.TryGetValue(relation, out var c) ? c : result.ByRelation[relation] = new FactCounts() })
        {
            counts.Gold += gold;
            counts.Predicted += predicted;
            counts.Matched += matched;
            counts.ModalityMatched += modalityMatched;
        }
    }
}
