using NewsFacts.Entities.Tagging;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Learns word classes from unlabeled text with the exchange algorithm (Kneser and Ney 1993; Martin, Liermann
/// and Ney 1998): words are moved, one at a time, to the class that most increases the likelihood of a class
/// bigram model, until no pass improves it much. Words seen fewer than <c>minimumCount</c> times stay unclustered.
/// Deterministic: classes start round-robin by frequency rank and words are visited in that order.
/// </summary>
internal static class ExchangeClustering
{
    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, int classes, int minimumCount, int iterations, Action<string> log)
    {
        // Vocabulary (lower-cased), most frequent first; rare words share the "unknown" id -1.
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        foreach (var sentence in corpus)
        {
            foreach (string word in sentence)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var vocabulary = frequency.Where(p => p.Value >= minimumCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            index[vocabulary[i]] = i;
        }

        int v = vocabulary.Length;
        int k = classes + 1; // the last class holds boundaries and rare words and never changes
        int fixedClass = classes;
        var wordCount = new double[v];
        var successors = new Dictionary<int, double>[v];
        var predecessors = new Dictionary<int, double>[v];
        for (int i = 0; i < v; i++)
        {
            successors[i] = [];
            predecessors[i] = [];
        }

        // Word-to-word bigrams; -1 stands for sentence boundaries and rare words (fixed class).
        var fixedSuccessors = new double[v];
        var fixedPredecessors = new double[v];
        double fixedCount = 0;
        foreach (var sentence in corpus)
        {
            int previous = -1;
            foreach (string word in sentence.Append(""))
            {
                int current = word.Length > 0 && index.TryGetValue(word, out int id) ? id : -1;
                if (current >= 0)
                {
                    wordCount[current]++;
                }
                else
                {
                    fixedCount++;
                }

                if (previous >= 0 && current >= 0)
                {
                    successors[previous][current] = successors[previous].GetValueOrDefault(current) + 1;
                    predecessors[current][previous] = predecessors[current].GetValueOrDefault(previous) + 1;
                }
                else if (previous >= 0)
                {
                    fixedSuccessors[previous]++;
                }
                else if (current >= 0)
                {
                    fixedPredecessors[current]++;
                }

                previous = current;
            }
        }

        var classOf = new int[v];
        for (int i = 0; i < v; i++)
        {
            classOf[i] = i % classes;
        }

        var pair = new double[k, k];
        var classCount = new double[k];
        classCount[fixedClass] = fixedCount;
        for (int w = 0; w < v; w++)
        {
            classCount[classOf[w]] += wordCount[w];
            foreach (var (next, n) in successors[w])
            {
                pair[classOf[w], classOf[next]] += n;
            }

            pair[classOf[w], fixedClass] += fixedSuccessors[w];
            pair[fixedClass, classOf[w]] += fixedPredecessors[w];
        }

        var right = new double[k];
        var left = new double[k];
        var rightIndices = new int[k];
        var leftIndices = new int[k];
        for (int iteration = 1; iteration <= iterations; iteration++)
        {
            int moved = 0;
            for (int w = 0; w < v; w++)
            {
                Array.Clear(right);
                Array.Clear(left);
                double self = successors[w].GetValueOrDefault(w);
                foreach (var (next, n) in successors[w])
                {
                    if (next != w)
                    {
                        right[classOf[next]] += n;
                    }
                }

                foreach (var (prev, n) in predecessors[w])
                {
                    if (prev != w)
                    {
                        left[classOf[prev]] += n;
                    }
                }

                right[fixedClass] += fixedSuccessors[w];
                left[fixedClass] += fixedPredecessors[w];

                int nonzeroRight = 0, nonzeroLeft = 0;
                for (int d = 0; d < k; d++)
                {
                    if (right[d] > 0)
                    {
                        rightIndices[nonzeroRight++] = d;
                    }

                    if (left[d] > 0)
                    {
                        leftIndices[nonzeroLeft++] = d;
                    }
                }

                var context = new Context(right, left, rightIndices.AsSpan(0, nonzeroRight), leftIndices.AsSpan(0, nonzeroLeft), self, wordCount[w]);
                int from = classOf[w];
                Move(pair, classCount, context, from, -1);
                int best = from;
                double bestGain = Gain(pair, classCount, context, from);
                for (int c = 0; c < classes; c++)
                {
                    if (c == from)
                    {
                        continue;
                    }

                    double gain = Gain(pair, classCount, context, c);
                    if (gain > bestGain + 1e-9)
                    {
                        bestGain = gain;
                        best = c;
                    }
                }

                Move(pair, classCount, context, best, +1);
                if (best != from)
                {
                    classOf[w] = best;
                    moved++;
                }
            }

            log($"clusters: iteration {iteration}, {moved} of {v} words moved");
            if (moved < v / 200)
            {
                break;
            }
        }

        var clusters = new Dictionary<ulong, ulong>();
        for (int w = 0; w < v; w++)
        {
            clusters[FeatureHashing.Lower(vocabulary[w])] = (ulong)classOf[w] + 2; // 0 = unknown, 1 = boundary
        }

        return new WordClusters(clusters);
    }

    private static double F(double x) => x > 0 ? x * Math.Log(x) : 0;

    private readonly ref struct Context(double[] right, double[] left, ReadOnlySpan<int> rightIndices, ReadOnlySpan<int> leftIndices, double self, double count)
    {
        public readonly double[] Right = right;
        public readonly double[] Left = left;
        public readonly ReadOnlySpan<int> RightIndices = rightIndices;
        public readonly ReadOnlySpan<int> LeftIndices = leftIndices;
        public readonly double Self = self;
        public readonly double Count = count;
    }

    // Change in the class-bigram log-likelihood if the word (with its context counts) joins class c.
    private static double Gain(double[,] pair, double[] classCount, in Context x, int c)
    {
        double gain = 0;
        foreach (int d in x.RightIndices)
        {
            if (d != c)
            {
                gain += F(pair[c, d] + x.Right[d]) - F(pair[c, d]);
            }
        }

        foreach (int d in x.LeftIndices)
        {
            if (d != c)
            {
                gain += F(pair[d, c] + x.Left[d]) - F(pair[d, c]);
            }
        }

        gain += F(pair[c, c] + x.Right[c] + x.Left[c] + x.Self) - F(pair[c, c]);
        return gain - (2 * (F(classCount[c] + x.Count) - F(classCount[c])));
    }

    private static void Move(double[,] pair, double[] classCount, in Context x, int c, int sign)
    {
        foreach (int d in x.RightIndices)
        {
            if (d != c)
            {
                pair[c, d] += sign * x.Right[d];
            }
        }

        foreach (int d in x.LeftIndices)
        {
            if (d != c)
            {
                pair[d, c] += sign * x.Left[d];
            }
        }

        pair[c, c] += sign * (x.Right[c] + x.Left[c] + x.Self);
        classCount[c] += sign * x.Count;
    }
}
