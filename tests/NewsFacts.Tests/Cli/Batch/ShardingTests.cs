using NewsFacts.Cli;
using NewsFacts.Cli.Batch;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>--shard i/N: a stable hash of the id splits any input exactly across N tasks.</summary>
[Collection(ConsoleCollection.Name)]
public class ShardingTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)] // FNV-1a 64 test vectors
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Hash_is_fnv1a_64_of_the_utf8_bytes(string id, ulong expected) => Assert.Equal(expected, ShardSpec.Hash(id));

    [Fact]
    public void Hash_covers_non_ascii_and_long_ids_by_their_utf8_bytes()
    {
        Assert.Equal(ShardSpec.Hash("caf\u00E9"), Fnv("caf\u00E9"u8));
        string longId = string.Concat(Enumerable.Repeat("\u00E9t\u00E9/", 300));
        Assert.Equal(ShardSpec.Hash(longId), Fnv(System.Text.Encoding.UTF8.GetBytes(longId)));
    }

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/8", 3, 8)]
    public void Parse_reads_index_and_count(string text, int index, int count) => Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text));

    [Theory]
    [InlineData("8/8")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void Parse_rejects_anything_else_as_a_usage_error(string text) =>
        Assert.Equal(ExitCodes.Usage, Assert.Throws<CliException>(() => ShardSpec.Parse(text)).ExitCode);

    [Fact]
    public void Shards_partition_ids_and_are_balanced()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => $"news/{i}.txt").ToArray();
        var shards = Enumerable.Range(0, 7).Select(i => new ShardSpec(i, 7)).ToArray();
        Assert.All(ids, id => Assert.Single(shards, s => s.Contains(id)));
        Assert.All(shards, s => Assert.InRange(ids.Count(s.Contains), 1250, 1600));
    }

    [Fact]
    public async Task N_cli_shards_cover_every_record_exactly_once_in_input_order()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 60, sentences: 1);
        var all = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            string output = directory.File($"shard-{i}.jsonl");
            var run = await CliHarness.InProcess("extract", input, "--shard", $"{i}/4", "-o", output, "-q");
            run.AssertExit(0);
            string[] ids = Corpus.Ids(output);
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids); // input order within a shard
            Assert.All(ids, id => Assert.True(new ShardSpec(i, 4).Contains(id)));
            all.AddRange(ids);
        }

        Assert.Equal(Enumerable.Range(0, 60).Select(Corpus.Id), all.Order(StringComparer.Ordinal));
    }

    private static ulong Fnv(ReadOnlySpan<byte> bytes)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
