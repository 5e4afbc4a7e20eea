using NewsFacts.Text;

namespace NewsFacts.Pipeline;

/// <summary>Tokens and sentences, over the normalised text.</summary>
internal sealed class TextStage : IPipelineStage
{
    public void Process(PipelineDocument document)
    {
        NewsTokenizer.Tokenize(document.Normalized, document.Tokens);
        SentenceSplitter.Split(document.Normalized, document.Tokens, document.Sentences);
    }
}
