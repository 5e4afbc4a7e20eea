using NewsFacts.Facts;
using NewsFacts.Pipeline;
using NewsFacts.Text;

namespace NewsFacts.Entities;

/// <summary>
/// Gives every mention the canonical name of its entity within the document: the fullest form the
/// article uses. A person's surname or first name alone resolves to the full name ("Droege" → "Jason
/// Droege") and takes the person's type; a leading part of an organisation's name resolves to the full
/// name ("Scale" → "Scale AI"); spellings that differ only in spaces or case share one name
/// ("TimeWarner" = "Time Warner").
/// </summary>
internal sealed class AliasResolver : IPipelineStage
{
    public void Process(PipelineDocument document)
    {
        var text = document.Text;
        var normalized = document.Normalized;
        var tokens = document.Tokens;
        var mentions = document.Mentions;

        // Longest forms first so each mention finds the fullest name that contains it.
        var forms = mentions
            .Where(m => m.Type is EntityType.Person or EntityType.Organization)
            .Select(m => new Form(m, TokenTexts(normalized, tokens, m)))
            .ToList();

        foreach (var mention in mentions)
        {
            var words = TokenTexts(normalized, tokens, mention);
            string surface = text[tokens[mention.FirstToken].Start..tokens[mention.EndToken - 1].End];
            Form? best = null;
            foreach (var form in forms)
            {
                if (form.Words.Length <= words.Length && !SameSquashed(form.Words, words))
                {
                    continue;
                }

                if (!IsAliasOf(words, mention.Type, form))
                {
                    continue;
                }

                if (best is null || Fullness(form) > Fullness(best.Value))
                {
                    best = form;
                }
            }

            var type = best is { Mention.Type: EntityType.Person } && mention.Type != EntityType.Person ? EntityType.Person : mention.Type;
            string canonical = best is null ? Squash(surface) : SurfaceOf(text, tokens, best.Value.Mention);
            document.Entities.Add(new EntityMention(
                surface,
                canonical,
                type,
                tokens[mention.FirstToken].Start,
                tokens[mention.EndToken - 1].End,
                Math.Round(mention.Confidence, 4)));
        }
    }

    private static bool IsAliasOf(string[] words, EntityType type, Form form)
    {
        if (SameSquashed(form.Words, words))
        {
            return true;
        }

        if (form.Mention.Type == EntityType.Person)
        {
            // A surname or a first name alone, of a person named in full.
            return words.Length == 1 && type is EntityType.Person or EntityType.Organization
                && (words[0] == form.Words[^1] || (type == EntityType.Person && words[0] == form.Words[0]));
        }

        // A leading part of an organisation's name, of the same type.
        if (type != EntityType.Organization)
        {
            return false;
        }

        for (int i = 0; i < words.Length; i++)
        {
            if (words[i] != form.Words[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Fullness(Form form) => (form.Words.Length * 1000) + form.Words.Sum(w => w.Length);

    private static bool SameSquashed(string[] a, string[] b) =>
        string.Equals(string.Concat(a), string.Concat(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string surface) => surface.ReplaceLineEndings(" ");

    private static string SurfaceOf(string text, List<Token> tokens, MentionSpan mention) =>
        Squash(text[tokens[mention.FirstToken].Start..tokens[mention.EndToken - 1].End]);

    private static string[] TokenTexts(string normalized, List<Token> tokens, MentionSpan mention)
    {
        var words = new string[mention.EndToken - mention.FirstToken];
        for (int i = 0; i < words.Length; i++)
        {
            var token = tokens[mention.FirstToken + i];
            words[i] = normalized[token.Start..token.End];
        }

        return words;
    }

    private readonly record struct Form(MentionSpan Mention, string[] Words);
}
