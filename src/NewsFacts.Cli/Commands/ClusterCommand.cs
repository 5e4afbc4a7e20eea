using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsFacts.Orleans;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts cluster silo</c> and <c>newsfacts cluster run</c>: scale-out on Microsoft Orleans.</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var command = new Command("cluster", "Scale-out on a Microsoft Orleans cluster (membership through Redis)");
        command.Subcommands.Add(CreateSilo());
        command.Subcommands.Add(CreateRun());
        return command;
    }

    private static Option<string> RedisOption() => new("--redis") { Description = "Redis for cluster membership, HOST:PORT (a StackExchange.Redis connection string)", Required = true };

    private static Option<string> ClusterIdOption() => new("--cluster-id") { Description = "The cluster's name: silos and clients with the same Redis and cluster id form one cluster", DefaultValueFactory = _ => "newsfacts" };

    private static Command CreateSilo()
    {
        var redis = RedisOption();
        var clusterId = ClusterIdOption();
        var port = new Option<int>("--port") { Description = "Silo-to-silo port", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Client gateway port", DefaultValueFactory = _ => 30000 };
        var address = new Option<string>("--address") { Description = "The address other silos and clients reach this silo at", DefaultValueFactory = _ => "127.0.0.1" };
        var state = new Option<string>("--state") { Description = "Job state directory, shared by all silos (like the inputs and outputs)", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "newsfacts-orleans-state") };
        var command = new Command("silo", "Run a silo until Ctrl+C or SIGTERM") { redis, clusterId, port, gatewayPort, address, state };
        command.SetAction((result, cancellation) => CliRunner.Run(() => RunSilo(
            result.GetValue(redis)!, result.GetValue(clusterId)!, result.GetValue(port), result.GetValue(gatewayPort),
            result.GetValue(address)!, result.GetValue(state)!, cancellation)));
        return command;
    }

    private static async Task<int> RunSilo(string redis, string clusterId, int port, int gatewayPort, string address, string state, CancellationToken cancellation)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            throw new CliException(ExitCodes.Usage, $"--address {address}: not an IP address");
        }

        var clock = Stopwatch.StartNew();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseRedisClustering(redis);
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "newsfacts"));
            silo.ConfigureEndpoints(ip, port, gatewayPort);
            silo.AddNewsFacts(o => o.StateDirectory = state);
        });
        using var host = builder.Build();
        _ = host.Services.GetRequiredService<NewsFactsExtractor>(); // load the models before joining
        await host.StartAsync(cancellation);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsfacts: silo {address}:{port} (gateway {gatewayPort}) joined cluster {clusterId} in {clock.Elapsed.TotalSeconds:F1} s"));
        await Console.Out.FlushAsync(cancellation);
        // The host's console lifetime turns Ctrl+C and SIGTERM into a graceful stop (the silo leaves the cluster).
        await host.WaitForShutdownAsync(CancellationToken.None);
        return ExitCodes.Success;
    }

    private static Command CreateRun()
    {
        var redis = RedisOption();
        var clusterId = ClusterIdOption();
        var inputs = new Argument<string[]>("inputs") { Description = "JSON Lines files or directories of .jsonl files (every silo must see them at these paths)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Output directory (chunks/ and facts.jsonl); every silo must see it", Required = true };
        var job = new Option<string?>("--job") { Description = "Job id (default: derived from the output directory, so the same command resumes the same job)" };
        var chunkSize = new Option<int>("--chunk-size") { Description = "Records per chunk (one grain call; keep it to seconds of work)", DefaultValueFactory = _ => 200 };
        var concurrency = new Option<int>("--concurrency") { Description = "Chunks in flight across the cluster", DefaultValueFactory = _ => 4 };
        var idField = new Option<string>("--id-field") { Description = "JSON field of the id", DefaultValueFactory = _ => "id" };
        var textField = new Option<string>("--text-field") { Description = "JSON field of the text", DefaultValueFactory = _ => "text" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress lines" };
        var command = new Command("run", "Submit an extraction job to the cluster and wait for it; exit 0 when every chunk is committed")
        {
            redis, clusterId, inputs, output, job, chunkSize, concurrency, idField, textField, quiet,
        };
        command.SetAction((result, cancellation) => CliRunner.Run(() =>
        {
            string outputDirectory = Path.GetFullPath(result.GetValue(output)!);
            var request = new ExtractionJobRequest
            {
                Inputs = [.. result.GetValue(inputs)!.Select(Path.GetFullPath)],
                OutputDirectory = outputDirectory,
                ChunkSize = result.GetValue(chunkSize),
                MaxConcurrency = result.GetValue(concurrency),
                IdField = result.GetValue(idField)!,
                TextField = result.GetValue(textField)!,
            };
            string jobId = result.GetValue(job) ?? "job-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(outputDirectory)))[..16].ToLowerInvariant();
            return RunJob(result.GetValue(redis)!, result.GetValue(clusterId)!, jobId, request, result.GetValue(quiet), cancellation);
        }));
        return command;
    }

    private static async Task<int> RunJob(string redis, string clusterId, string jobId, ExtractionJobRequest request, bool quiet, CancellationToken cancellation)
    {
        if (request.ChunkSize < 1 || request.MaxConcurrency < 1)
        {
            throw new CliException(ExitCodes.Usage, "--chunk-size and --concurrency must be at least 1");
        }

        foreach (string input in request.Inputs)
        {
            if (!File.Exists(input) && !Directory.Exists(input))
            {
                throw new CliException(ExitCodes.InputError, $"{input}: no such file or directory");
            }
        }

        var clock = Stopwatch.StartNew();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(redis);
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "newsfacts"));
        });
        using var host = builder.Build();
        await host.StartAsync(cancellation);
        var cluster = host.Services.GetRequiredService<IClusterClient>();
        string last = "";
        var progress = new Progress<ExtractionJobStatus>(status =>
        {
            string line = status.ToString();
            if (!quiet && line != last)
            {
                last = line;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsfacts: {clock.Elapsed.TotalSeconds:F1} s: {line}"));
            }
        });
        var final = await cluster.RunExtractionJobAsync(jobId, request, progress, cancellationToken: cancellation);
        await host.StopAsync(CancellationToken.None);
        if (final.Failure is not null)
        {
            throw new CliException(ExitCodes.InputError, $"job {jobId} failed: {final.Failure}");
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsfacts: job {jobId}: {final.DoneDocuments} documents, {final.Errors} errors, {final.Retries} retried chunk calls, {clock.Elapsed.TotalSeconds:F1} s; output {final.OutputPath}"));
        return ExitCodes.Success;
    }
}
