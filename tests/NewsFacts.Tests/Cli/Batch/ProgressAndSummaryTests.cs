using NewsFacts.Cli.Batch;
using NewsFacts.Facts;
using Spectre.Console;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>The live display is only for a person at a terminal; the summary reports counts, throughput and memory.</summary>
public class ProgressAndSummaryTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Progress_is_shown_only_at_a_terminal_outside_ci_without_quiet()
    {
        Assert.True(ProgressDisplay.ShouldShow(quiet: false, errorRedirected: false, Env()));
        Assert.True(ProgressDisplay.ShouldShow(false, false, Env(("CI", "false"))));
        Assert.False(ProgressDisplay.ShouldShow(quiet: true, errorRedirected: false, Env()));
        Assert.False(ProgressDisplay.ShouldShow(quiet: false, errorRedirected: true, Env()));
        Assert.False(ProgressDisplay.ShouldShow(false, false, Env(("CI", "true"))));
        Assert.False(ProgressDisplay.ShouldShow(false, false, Env(("GITHUB_ACTIONS", "true"))));
        Assert.False(ProgressDisplay.ShouldShow(false, false, Env(("TERM", "dumb"))));
    }

    [Fact]
    public async Task The_display_draws_rates_errors_and_percentage_and_returns_the_work_result()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Yes,
        });
        int result = await ProgressDisplay.RunAsync(
            console,
            async () =>
            {
                await Task.Delay(400);
                return 42;
            },
            () => new ProgressSnapshot(1200, 500_000, 3, 500),
            totalBytes: 1000);
        Assert.Equal(42, result);
        string drawn = output.ToString();
        Assert.Contains("1,200 docs", drawn);
        Assert.Contains("tokens/s", drawn);
        Assert.Contains("3 errors", drawn);
        Assert.Contains("50%", drawn);
    }

    [Fact]
    public void Describe_gives_documents_per_second_and_tokens_per_second()
    {
        string line = ProgressDisplay.Describe(new ProgressSnapshot(100, 40_000, 2, 0), TimeSpan.FromSeconds(2));
        Assert.Equal("100 docs  50 docs/s  20,000 tokens/s  2 errors", line);
    }

    [Fact]
    public void Summary_reports_facts_by_relation_errors_by_code_throughput_and_peak_memory()
    {
        var total = new RunStatistics();
        var subject = new EntityRef("Meta", "Meta", EntityType.Organization, 0, 4);
        var fact = new Fact(subject, RelationType.InvestsIn, subject, Modality.Asserted, 0.9, new EvidenceSpan(0, 4, "Meta"), FactAttributes.None);
        total.Add(new ProcessedDocument(new DocumentRecord { Id = "a", Entities = [], Facts = [fact, fact with { Relation = RelationType.HoldsRole }, fact] }, 1000, null));
        total.Add(new ProcessedDocument(new DocumentRecord { Id = "b", Error = new ExtractionError(ErrorCodes.EmptyText, "empty") }, 0, null));
        var run = new RunStatistics();
        run.Add(new ProcessedDocument(new DocumentRecord { Id = "b", Error = new ExtractionError(ErrorCodes.EmptyText, "empty") }, 0, null));

        var lines = Summary.Format(total, run, TimeSpan.FromSeconds(2), 2, 150L << 20).ToArray();
        Assert.Equal("newsfacts: 2 documents, 0 entity mentions, 3 facts, 1 errors", lines[0]);
        Assert.Contains("  facts by relation: invests_in 2, holds_role 1", lines);
        Assert.Contains("  errors by code: empty_text 1", lines);
        Assert.Contains("  resumed: 1 documents were committed by earlier runs, 1 by this one", lines);
        Assert.Contains(lines, l => l.StartsWith("  throughput: 1 documents in 2.0 s with 2 threads", StringComparison.Ordinal));
        Assert.Contains("  peak memory: 150 MB", lines);
    }

    [Fact]
    public void Peak_memory_is_a_plausible_resident_size() => Assert.InRange(PeakMemory.Bytes(), 1L << 20, 1L << 40);
}
