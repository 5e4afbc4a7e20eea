using NewsFacts.Training.Facts;
using System.Text.Json.Serialization;
using NewsFacts.Cli.Outputs;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Batch;

/// <summary>
/// Counts of a run (or of one checkpoint chunk): documents, tokens, entities, facts by relation, errors by code.
/// Written by the single writer thread; the progress display only reads the plain counters.
/// </summary>
internal sealed class RunStatistics
{
    /// <summary>Documents written (error records included).</summary>
    [JsonPropertyName("documents")]
    public long Documents { get; set; }

    /// <summary>Tokens of the processed documents.</summary>
    [JsonPropertyName("tokens")]
    public long Tokens { get; set; }

    /// <summary>Entity mentions written.</summary>
    [JsonPropertyName("entities")]
    public long Entities { get; set; }

    /// <summary>Facts written.</summary>
    [JsonPropertyName("facts")]
    public long Facts { get; set; }

    /// <summary>Error records written.</summary>
    [JsonPropertyName("errors")]
    public long Errors { get; set; }

    /// <summary>Facts per relation name.</summary>
    [JsonPropertyName("factsByRelation")]
    public SortedDictionary<string, long> FactsByRelation { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Error records per error code.</summary>
    [JsonPropertyName("errorsByCode")]
    public SortedDictionary<string, long> ErrorsByCode { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Counts one written document.</summary>
    public void Add(ProcessedDocument document)
    {
        var record = document.Record;
        Documents++;
        Tokens += document.Tokens;
        if (record.Error is { } error)
        {
            Errors++;
            Increment(ErrorsByCode, error.Code, 1);
            return;
        }

        Entities += record.Entities?.Count ?? 0;
        foreach (var fact in record.Facts ?? [])
        {
            Facts++;
            Increment(FactsByRelation, ContractNames<RelationType>.Of(fact.Relation), 1);
        }
    }

    /// <summary>Adds the counts of another run or chunk.</summary>
    public void Add(RunStatistics other)
    {
        Documents += other.Documents;
        Tokens += other.Tokens;
        Entities += other.Entities;
        Facts += other.Facts;
        Errors += other.Errors;
        foreach (var (name, count) in other.FactsByRelation)
        {
            Increment(FactsByRelation, name, count);
        }

        foreach (var (code, count) in other.ErrorsByCode)
        {
            Increment(ErrorsByCode, code, count);
        }
    }

    private static void Increment(SortedDictionary<string, long> counts, string key, long by) =>
        counts[key] = counts.GetValueOrDefault(key) + by;
}
