using System.Text.Json;
using NewsFacts.Facts;
using NewsFacts.Relations;
using NewsFacts.Text;

namespace NewsFacts.Training.Relations;

/// <summary>
/// Relation examples from public sentence-level datasets, mapped to our inventory: FIRE (Hamad et al. 2024,
/// CC BY 4.0) Employeeof → holds_role, Subsidiaryof → owns (reversed), ActionBuy → acquires; CoNLL04 (Roth and
/// Yih 2004) Work_For → holds_role. Other pairs of organisations and people in a sentence become "no relation".
/// Only their training and development splits are read; their test splits are for evaluation.
/// </summary>
internal static class ExternalRelationData
{
    public static int AddFire(RelationDataset dataset, string path, float weight) =>
        Add(dataset, path, weight, type => type switch { "Company" => EntityType.Organization, "Person" => EntityType.Person, _ => null },
            (relation, head, tail) => relation switch
            {
                "Employeeof" => (RelationType.HoldsRole, head, tail),
                "Subsidiaryof" => (RelationType.Owns, tail, head),
                "ActionBuy" => (RelationType.Acquires, head, tail),
                _ => null,
            });

    public static int AddConll04(RelationDataset dataset, string path, float weight) =>
        Add(dataset, path, weight, type => type switch { "Org" => EntityType.Organization, "Peop" => EntityType.Person, _ => null },
            (relation, head, tail) => relation == "Work_For" ? (RelationType.HoldsRole, head, tail) : null);

    private static int Add(RelationDataset dataset, string path, float weight, Func<string, EntityType?> mapType,
        Func<string, int, int, (RelationType Relation, int Subject, int Object)?> mapRelation)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int positives = 0;
        var features = new List<int>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var words = item.GetProperty("tokens").EnumerateArray().Select(t => t.GetString() ?? "").ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            var (text, tokens) = Layout(words);
            var sentence = new Sentence(0, text.Length, 0, tokens.Count);
            var entities = item.GetProperty("entities").EnumerateArray().ToList();
            var arguments = new Dictionary<int, Argument>();
            for (int e = 0; e < entities.Count; e++)
            {
                var type = mapType(entities[e].GetProperty("type").GetString() ?? "");
                int start = entities[e].GetProperty("start").GetInt32();
                int end = entities[e].GetProperty("end").GetInt32();
                if (type is { } t && start >= 0 && end <= tokens.Count && end > start)
                {
                    arguments[e] = new Argument(start, end, t, string.Join(' ', words[start..end]), false, 0);
                }
            }

            var labels = new Dictionary<(int, int), RelationType>();
            foreach (var relation in item.GetProperty("relations").EnumerateArray())
            {
                var mapped = mapRelation(relation.GetProperty("type").GetString() ?? "", relation.GetProperty("head").GetInt32(), relation.GetProperty("tail").GetInt32());
                if (mapped is { } m && arguments.ContainsKey(m.Subject) && arguments.ContainsKey(m.Object))
                {
                    labels[(m.Subject, m.Object)] = m.Relation;
                }
            }

            var ordered = arguments.OrderBy(a => a.Value.FirstToken).ThenBy(a => a.Key).ToList();
            for (int i = 0; i < ordered.Count; i++)
            {
                for (int j = i + 1; j < ordered.Count; j++)
                {
                    var (ia, a) = ordered[i];
                    var (ib, b) = ordered[j];
                    if (b.FirstToken < a.EndToken || b.FirstToken - a.EndToken > RelationCandidates.MaxDistance || a.Canonical == b.Canonical)
                    {
                        continue;
                    }

                    bool earlierIsSubject = labels.ContainsKey((ia, ib));
                    int label = labels.TryGetValue((ia, ib), out var forward) ? RelationLabels.Of(forward)
                        : labels.TryGetValue((ib, ia), out var backward) ? RelationLabels.Of(backward)
                        : RelationLabels.None;
                    features.Clear();
                    RelationFeatures.Pair(text, tokens, sentence, a, b, j - i - 1, features);
                    dataset.Pairs.Add(new LabeledFeatures(RelationDataset.Sorted(features), label, weight, dataset.Vectors?.Features(text, tokens, sentence, a, b)));
                    if (label != RelationLabels.None)
                    {
                        dataset.AddDirection(text, tokens, new CandidatePair(sentence, a, b, j - i - 1), RelationLabels.RelationOf(label), earlierIsSubject, weight);
                    }
                    positives += label == RelationLabels.None ? 0 : 1;
                }
            }
        }

        return positives;
    }

    private static (string Text, List<Token> Tokens) Layout(string[] words)
    {
        var tokens = new List<Token>(words.Length);
        int offset = 0;
        foreach (string word in words)
        {
            tokens.Add(new Token(offset, offset + word.Length, TokenKind.Word, offset == 0 ? TokenSpacing.None : TokenSpacing.Space));
            offset += word.Length + 1;
        }

        return (CharNormalizer.Normalize(string.Join(' ', words)), tokens);
    }
}
