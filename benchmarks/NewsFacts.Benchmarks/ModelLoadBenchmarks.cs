using BenchmarkDotNet.Attributes;
using NewsFacts.Entities.Tagging;
using NewsFacts.Models;
using NewsFacts.Relations;

namespace NewsFacts.Benchmarks;

/// <summary>How long loading the shipped models from the assembly's resources takes (done once per process).</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    [Benchmark]
    public object LoadEntityModel()
    {
        using var stream = ModelStore.OpenShipped(ModelStore.EntityModelFile)!;
        return EntityModel.Load(stream);
    }

    [Benchmark]
    public object LoadRelationModel()
    {
        using var stream = ModelStore.OpenShipped(ModelStore.RelationModelFile)!;
        return RelationModel.Load(stream);
    }
}
