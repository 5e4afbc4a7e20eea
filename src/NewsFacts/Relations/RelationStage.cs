using NewsFacts.Facts;
using NewsFacts.Pipeline;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Turns entity mentions into facts: resolves references, enumerates candidate pairs per sentence, classifies
/// each pair with the trained relation model (argument-type rules veto impossible relations), classifies the
/// modality of each accepted fact, reads its attributes, and keeps one fact per (subject, relation, object): the
/// most confident statement. Without a relation model it proposes nothing.
/// </summary>
internal sealed class RelationStage : IPipelineStage
{
    private readonly RelationModel? _model;
    private readonly float _minimumConfidence;

    public RelationStage(RelationModel? model, double minimumConfidence)
    {
        _model = model;
        _minimumConfidence = (float)minimumConfidence;
    }

    public void Process(PipelineDocument document)
    {
        if (_model is null || document.Entities.Count < 2)
        {
            return;
        }

        var text = document.Normalized;
        var tokens = document.Tokens;
        var arguments = ReferenceResolver.Arguments(document);
        var features = new List<int>(128);
        Span<float> relationScores = stackalloc float[_model.Relations.Classes];
        Span<float> modalityScores = stackalloc float[_model.Modality.Classes];
        var directionScores = new float[_model.Direction.Classes];
        // One relation per entity pair and sentence (a named mention and a reference to the same entity must not
        // yield two readings of one statement), then one fact per (subject, relation, object) in the document.
        var perSentence = new Dictionary<(int, string, string), (Fact Fact, bool Coordinated)>();

        // Word-score rows per token, looked up on first use (only models with word scores read it).
        var wordRows = _model.Relations.Words is null ? [] : new int[tokens.Count];
        var stems = new TokenStems(text, tokens);
        foreach (var pair in RelationCandidates.Enumerate(document, arguments))
        {
            features.Clear();
            RelationFeatures.Pair(text, tokens, pair.Sentence, pair.Earlier, pair.Later, pair.ArgumentsBetween, features, stems);
            _model.Relations.Predict(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), relationScores, text, tokens, pair.Sentence, pair.Earlier, pair.Later, wordRows);
            int label = BestAllowed(relationScores, pair.Earlier, pair.Later);
            if (label == RelationLabels.None || relationScores[label] < _minimumConfidence)
            {
                continue;
            }

            var relation = RelationLabels.RelationOf(label);
            if (relation == RelationType.Owns && OwnershipHasEnded(text, tokens, pair))
            {
                continue; // ruling 1: "a former unit of", "previously owned" is no owns fact
            }

            bool earlierIsSubject = EarlierIsSubject(text, tokens, pair, relation, features, directionScores, stems);
            var subject = earlierIsSubject ? pair.Earlier : pair.Later;
            var obj = earlierIsSubject ? pair.Later : pair.Earlier;

            features.Clear();
            RelationFeatures.Modality(text, tokens, pair.Sentence, pair.Earlier, pair.Later, label, features);
            _model.Modality.Predict(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), modalityScores);
            var modality = (Modality)ArgMax(modalityScores);

            var fact = new Fact(
                Ref(document, subject),
                relation,
                Ref(document, obj),
                modality,
                Math.Round(relationScores[label], 4),
                new EvidenceSpan(pair.Sentence.Start, pair.Sentence.End, document.Text[pair.Sentence.Start..pair.Sentence.End]),
                FactAttributesExtractor.Extract(text, tokens, pair.Sentence, relation, subject, obj, arguments));

            Keep(perSentence, pair.Sentence, subject, obj, fact);
            // What holds for one member of a list holds for the others ("bought Hard Candy and Urban Decay").
            foreach (var (s, o) in Coordination.Members(text, tokens, arguments, obj).Select(m => (subject, m))
                .Concat(Coordination.Members(text, tokens, arguments, subject).Select(m => (m, obj))))
            {
                if (!string.Equals(s.Canonical, o.Canonical, StringComparison.Ordinal))
                {
                    var attributes = FactAttributesExtractor.Extract(text, tokens, pair.Sentence, relation, s, o, arguments);
                    Keep(perSentence, pair.Sentence, s, o, fact with { Subject = Ref(document, s), Object = Ref(document, o), Attributes = attributes }, coordinated: true);
                }
            }
        }

        var best = new Dictionary<(string, RelationType, string), Fact>();
        foreach (var (fact, _) in perSentence.Values.OrderBy(f => f.Fact.Evidence.Start))
        {
            var key = Key(fact);
            if (!best.TryGetValue(key, out var existing) || fact.Confidence > existing.Confidence)
            {
                best[key] = fact;
            }
        }

        document.Facts.AddRange(best.Values
            .OrderBy(f => f.Evidence.Start)
            .ThenBy(f => Math.Min(f.Subject.Start, f.Object.Start))
            .ThenBy(f => f.Relation));
    }

    // One reading per entity pair and sentence: the most confident; a reading taken over from a list member only
    // where the classifier found no relation for the pair itself.
    private static void Keep(Dictionary<(int, string, string), (Fact Fact, bool Coordinated)> perSentence, Sentence sentence, Argument subject, Argument obj, Fact fact, bool coordinated = false)
    {
        var key = (sentence.Start, Min(subject.Canonical, obj.Canonical), Max(subject.Canonical, obj.Canonical));
        bool better = !perSentence.TryGetValue(key, out var rival)
            || (coordinated ? rival.Coordinated && fact.Confidence > rival.Fact.Confidence : rival.Coordinated || fact.Confidence > rival.Fact.Confidence);
        if (better)
        {
            perSentence[key] = (fact, coordinated);
        }
    }

    private static string Min(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string Max(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? b : a;

    private static (string, RelationType, string) Key(Fact fact)
    {
        string s = fact.Subject.Canonical, o = fact.Object.Canonical;
        bool symmetric = RelationLabels.IsSymmetric(fact.Relation) || fact.Relation == RelationType.EndsPartnershipWith;
        return symmetric && string.CompareOrdinal(s, o) > 0 ? (o, fact.Relation, s) : (s, fact.Relation, o);
    }

    // The most probable relation whose argument types the guidelines allow one way or the other; the caller compares
    // its probability with the threshold, so a fact may be kept even when "no relation" is more probable.
    private static int BestAllowed(ReadOnlySpan<float> scores, Argument earlier, Argument later)
    {
        int best = RelationLabels.None;
        for (int label = 1; label < scores.Length; label++)
        {
            var (forward, backward) = RelationLabels.Directions(RelationLabels.RelationOf(label), earlier.Type, later.Type);
            if ((forward || backward) && (best == RelationLabels.None || scores[label] > scores[best]))
            {
                best = label;
            }
        }

        return best;
    }

    // "former", "formerly", "previously", "ex-" between the arguments or just before them marks ended ownership.
    private static bool OwnershipHasEnded(string text, List<Token> tokens, CandidatePair pair)
    {
        int from = Math.Max(pair.Sentence.FirstToken, pair.Earlier.FirstToken - 3);
        for (int t = from; t < pair.Later.FirstToken; t++)
        {
            if (t >= pair.Earlier.FirstToken && t < pair.Earlier.EndToken)
            {
                continue;
            }

            var word = tokens[t].In(text);
            if (word.Equals("former", StringComparison.OrdinalIgnoreCase) || word.Equals("formerly", StringComparison.OrdinalIgnoreCase)
                || word.Equals("previously", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The argument types decide where they allow one way only; otherwise the direction classifier does.
    private bool EarlierIsSubject(string text, List<Token> tokens, CandidatePair pair, RelationType relation, List<int> features, float[] scores, TokenStems stems)
    {
        var (forward, backward) = RelationLabels.Directions(relation, pair.Earlier.Type, pair.Later.Type);
        if (!(forward && backward))
        {
            return forward;
        }

        features.Clear();
        RelationFeatures.Direction(text, tokens, pair.Sentence, pair.Earlier, pair.Later, pair.ArgumentsBetween, relation, features, stems);
        _model!.Direction.Predict(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), scores);
        return scores[0] >= scores[1];
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }

    private static EntityRef Ref(PipelineDocument document, Argument argument)
    {
        int start = document.Tokens[argument.FirstToken].Start;
        int end = document.Tokens[argument.EndToken - 1].End;
        return new EntityRef(document.Text[start..end], argument.Canonical, argument.Type, start, end);
    }
}
