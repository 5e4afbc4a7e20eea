using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace NewsFacts.Cli.Batch;

/// <summary>What the live display shows, read from the running batch.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="Tokens">Tokens processed.</param>
/// <param name="Errors">Error records written.</param>
/// <param name="BytesRead">Input bytes read (drives the bar and the ETA).</param>
internal readonly record struct ProgressSnapshot(long Documents, long Tokens, long Errors, long BytesRead);

/// <summary>
/// A live progress line on standard error (documents/s, tokens/s, errors, a bar over the input bytes and the
/// ETA), drawn with Spectre.Console only for a person at a terminal: never when standard error is redirected,
/// in CI, on a dumb terminal, or with --quiet.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly string[] CiVariables = ["CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "BUILDKITE", "TEAMCITY_VERSION"];

    /// <summary>Whether to draw the display.</summary>
    public static bool ShouldShow(bool quiet, bool errorRedirected, Func<string, string?> environment) =>
        !quiet
        && !errorRedirected
        && environment("TERM") != "dumb"
        && !CiVariables.Any(v => environment(v) is { Length: > 0 } value && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs <paramref name="work"/> while drawing its progress on <paramref name="console"/>, then clears the display.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<Task<T>> work, Func<ProgressSnapshot> snapshot, long? totalBytes)
    {
        var result = default(T)!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                var clock = Stopwatch.StartNew();
                var running = work();
                while (!running.IsCompleted)
                {
                    Update(task, snapshot(), clock.Elapsed);
                    await Task.WhenAny(running, Task.Delay(250)).ConfigureAwait(false);
                }

                Update(task, snapshot(), clock.Elapsed);
                task.StopTask();
                result = await running.ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>The text of the progress line.</summary>
    public static string Describe(ProgressSnapshot now, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0:N0} docs  {1:N0} docs/s  {2:N0} tokens/s  {3:N0} errors",
            now.Documents,
            now.Documents / seconds,
            now.Tokens / seconds,
            now.Errors);
    }

    private static void Update(ProgressTask task, ProgressSnapshot now, TimeSpan elapsed)
    {
        task.Description = Markup.Escape(Describe(now, elapsed));
        if (!task.IsIndeterminate)
        {
            task.Value = Math.Min(now.BytesRead, task.MaxValue);
        }
    }
}
