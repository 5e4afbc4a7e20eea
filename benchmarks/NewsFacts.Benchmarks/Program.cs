using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/NewsFacts.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(NewsFacts.Benchmarks.BenchmarkText).Assembly).Run(args);
