using System.Diagnostics;
using System.Text;
using NewsFacts.Cli;

namespace NewsFacts.Tests.Cli;

/// <summary>Tests that redirect the process-wide console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts the exit code, showing both streams when it differs.</summary>
    public void AssertExit(int expected)
    {
        Assert.True(ExitCode == expected, $"exit code {ExitCode}, expected {expected}\nstderr: {Error}\nstdout: {(Out.Length > 2000 ? Out[..2000] : Out)}");
    }
}

internal static class CliHarness
{
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    /// <summary>Runs the command in this process, capturing Console.Out and Console.Error (not the raw standard output stream).</summary>
    public static async Task<CliRun> InProcessWithStdin(string? stdin, params string[] args)
    {
        await ConsoleLock.WaitAsync();
        var (oldOut, oldError, oldIn) = (Console.Out, Console.Error, Console.In);
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            if (stdin is not null)
            {
                Console.SetIn(new StringReader(stdin));
            }

            int code = await Program.BuildRoot().Parse(args).InvokeAsync();
            return new CliRun(code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            Console.SetIn(oldIn);
            ConsoleLock.Release();
        }
    }

    public static Task<CliRun> InProcess(params string[] args) => InProcessWithStdin(null, args);

    /// <summary>The built newsfacts CLI next to the test assembly.</summary>
    public static string CliDll
    {
        get
        {
            string path = Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "NewsFacts.Cli.dll");
            Assert.True(File.Exists(path), $"CLI not built at {path}");
            return path;
        }
    }

    private static string DotnetHost
    {
        get
        {
            string? fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
            {
                return fromSdk;
            }

            string? current = Environment.ProcessPath;
            return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        }
    }

    /// <summary>Starts `dotnet NewsFacts.Cli.dll args` as a child process with all standard streams redirected.</summary>
    public static Process Start(params string[] args) => Process.Start(StartInfo(args))!;

    private static ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    /// <summary>Runs `dotnet NewsFacts.Cli.dll args` as a child process, optionally feeding standard input.</summary>
    public static async Task<CliRun> AsProcess(byte[]? stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the CLI did not exit within 60 s");
        }

        return new CliRun(process.ExitCode, await output, await error);
    }

    public static Task<CliRun> AsProcess(params string[] args) => AsProcess(null, args);
}
