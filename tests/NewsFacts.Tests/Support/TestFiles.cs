using System.Text.Json;
using Json.Schema;

namespace NewsFacts.Tests.Support;

/// <summary>Paths of the files copied next to the test assembly, and the output schema.</summary>
internal static class TestFiles
{
    public static string Base => AppContext.BaseDirectory;

    public static string Fixture(params string[] parts) => Path.Combine([Base, "Fixtures", .. parts]);

    public static string SampleArticlePath => Path.Combine(Base, "Samples", "article.txt");

    public static string SampleArticle => File.ReadAllText(SampleArticlePath);

    public static string SchemaPath => Path.Combine(Base, "Schema", "newsfacts-record.schema.json");

    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    /// <summary>The published JSON Schema of an output record (built once: it registers its $id).</summary>
    public static JsonSchema Schema => LazySchema.Value;

    private static readonly object SchemaLock = new();

    /// <summary>Evaluates one JSON line against the record schema.</summary>
    public static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        lock (SchemaLock)
        {
            return Schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
        }
    }

    public static void AssertValid(string json)
    {
        var results = Validate(json);
        Assert.True(results.IsValid, "Record does not validate against the schema: " + json);
    }
}

/// <summary>A temporary directory removed when disposed.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsfacts-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string content)
    {
        string path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        string path = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One extractor with default options shared by tests (creating one loads the model).</summary>
internal static class SharedExtractor
{
    private static readonly Lazy<NewsFactsExtractor> LazyDefault = new(NewsFactsExtractor.CreateDefault);

    public static NewsFactsExtractor Default => LazyDefault.Value;
}
