using NewsFacts.Entities.Tagging;

namespace NewsFacts.Tests.Entities.Tagging;

public class ViterbiDecoderTests
{
    private const int T = TagSet.Count;

    internal static void AssertValidIob2(ReadOnlySpan<byte> tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            Assert.True(tags[i] < T, $"tag {tags[i]} out of range");
            if (TagSet.IsInside(tags[i]))
            {
                Assert.True(i > 0, "I-X opens the sequence");
                Assert.True(tags[i - 1] != TagSet.Outside, $"I-X after O at {i}");
                Assert.True(TagSet.TypeOf(tags[i - 1]) == TagSet.TypeOf(tags[i]), $"{TagSet.Name(tags[i])} after {TagSet.Name(tags[i - 1])} at {i}");
            }
        }
    }

    private static float[] RandomScores(Random random, int count, float scale)
    {
        var scores = new float[count];
        for (int i = 0; i < count; i++)
        {
            scores[i] = (float)((random.NextDouble() * 2) - 1) * scale;
        }

        return scores;
    }

    private static byte[] Decode(float[] emissions, float[] transitions, float[] start, int n)
    {
        var tags = new byte[n];
        ViterbiDecoder.Decode(emissions, transitions, start, tags, new byte[n * T]);
        return tags;
    }

    [Fact]
    public void Random_scores_never_give_invalid_transitions()
    {
        var random = new Random(1234);
        for (int trial = 0; trial < 3000; trial++)
        {
            int n = random.Next(1, 40);
            float scale = trial % 3 == 0 ? 1 : trial % 3 == 1 ? 100 : 1e6f;
            var tags = Decode(RandomScores(random, n * T, scale), RandomScores(random, T * T, scale), RandomScores(random, T, scale), n);
            AssertValidIob2(tags);
        }
    }

    [Fact]
    public void Scores_that_favour_invalid_transitions_are_still_decoded_validly()
    {
        var random = new Random(8);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = random.Next(1, 20);
            var emissions = new float[n * T];
            for (int i = 0; i < n; i++)
            {
                // Every token strongly wants some I-X tag.
                emissions[(i * T) + (2 * random.Next(1, 5))] = 1000;
            }

            var transitions = new float[T * T];
            for (int p = 0; p < T; p++)
            {
                for (int k = 0; k < T; k++)
                {
                    transitions[(p * T) + k] = TagSet.IsAllowed((byte)p, (byte)k) ? -50 : 500; // reward what is forbidden
                }
            }

            var start = new float[T];
            for (int k = 0; k < T; k++)
            {
                start[k] = TagSet.IsInside((byte)k) ? 1e4f : 0;
            }

            AssertValidIob2(Decode(emissions, transitions, start, n));
        }
    }

    [Fact]
    public void Decoding_finds_the_best_valid_sequence()
    {
        var random = new Random(77);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = random.Next(1, 5);
            var emissions = RandomScores(random, n * T, 5);
            var transitions = RandomScores(random, T * T, 5);
            var start = RandomScores(random, T, 5);
            var tags = Decode(emissions, transitions, start, n);

            double best = double.NegativeInfinity;
            var sequence = new byte[n];
            int total = (int)Math.Pow(T, n);
            for (int code = 0; code < total; code++)
            {
                int c = code;
                for (int i = 0; i < n; i++)
                {
                    sequence[i] = (byte)(c % T);
                    c /= T;
                }

                bool valid = TagSet.IsAllowedFirst(sequence[0]);
                for (int i = 1; i < n && valid; i++)
                {
                    valid = TagSet.IsAllowed(sequence[i - 1], sequence[i]);
                }

                if (valid)
                {
                    best = Math.Max(best, ScoreOf(sequence, emissions, transitions, start));
                }
            }

            Assert.Equal(best, ScoreOf(tags, emissions, transitions, start), 3);
        }
    }

    private static double ScoreOf(byte[] tags, float[] emissions, float[] transitions, float[] start)
    {
        double score = start[tags[0]] + emissions[tags[0]];
        for (int i = 1; i < tags.Length; i++)
        {
            score += transitions[(tags[i - 1] * T) + tags[i]] + emissions[(i * T) + tags[i]];
        }

        return score;
    }

    [Fact]
    public void Empty_sequence_is_a_no_op()
    {
        ViterbiDecoder.Decode([], new float[T * T], new float[T], [], []);
    }

    [Fact]
    public void Tag_set_round_trips_names()
    {
        string[] names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
        for (byte tag = 0; tag < T; tag++)
        {
            Assert.Equal(names[tag], TagSet.Name(tag));
            Assert.True(TagSet.TryParse(names[tag], out byte parsed));
            Assert.Equal(tag, parsed);
        }

        Assert.False(TagSet.TryParse("B-COMPANY", out _));
        Assert.False(TagSet.IsAllowed(TagSet.Outside, TagSet.Inside(NewsFacts.Facts.EntityType.Person)));
        Assert.False(TagSet.IsAllowed(TagSet.Begin(NewsFacts.Facts.EntityType.Organization), TagSet.Inside(NewsFacts.Facts.EntityType.Person)));
        Assert.True(TagSet.IsAllowed(TagSet.Begin(NewsFacts.Facts.EntityType.Person), TagSet.Inside(NewsFacts.Facts.EntityType.Person)));
    }
}
