using NewsFacts.Pipeline;

namespace NewsFacts.Relations;

/// <summary>
/// The relation stage until the trained relation classifier ships: it proposes no facts. It exists so the
/// pipeline, the output contract and the evaluation run end to end; it never guesses facts from patterns.
/// </summary>
internal sealed class PendingRelationStage : IPipelineStage
{
    public void Process(PipelineDocument document)
    {
    }
}
