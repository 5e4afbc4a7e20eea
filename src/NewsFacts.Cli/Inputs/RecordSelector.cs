using NewsFacts.Cli.Batch;

namespace NewsFacts.Cli.Inputs;

/// <summary>
/// Decides, by id and in input order, which records this run processes: those in the --ids list, in this
/// --shard, and not already committed to the checkpoint (the first <c>skip</c> that pass the other tests).
/// Readers ask before loading a document's text, so skipped files are never read.
/// </summary>
internal sealed class RecordSelector(IReadOnlySet<string>? ids = null, ShardSpec? shard = null, long skip = 0)
{
    /// <summary>A selector that takes every record.</summary>
    public static RecordSelector All => new();

    /// <summary>Records passed over because the checkpoint already holds them.</summary>
    public long Skipped { get; private set; }

    /// <summary>Whether the run processes the record with this id; call once per record, in input order.</summary>
    public bool Accept(string id)
    {
        if ((ids is not null && !ids.Contains(id)) || (shard is { } s && !s.Contains(id)))
        {
            return false;
        }

        if (Skipped < skip)
        {
            Skipped++;
            return false;
        }

        return true;
    }
}
