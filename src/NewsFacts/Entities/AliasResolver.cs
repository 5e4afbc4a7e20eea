using NewsFacts.Facts;
using NewsFacts.Pipeline;
using NewsFacts.Text;

namespace NewsFacts.Entities;

/// <summary>
/// Gives every mention the canonical name of its entity within the document: the fullest form the
/// article uses. A person's surname or first name alone resolves to the full name ("Droege" → "Jason
/// Droege") and takes the person's type; a leading part of an organisation's name resolves to the full
/// name ("Scale" → "Scale AI") unless the article used the shorter name on its own before the fuller one
/// ("BBC" … "BBC World Service": the parent and its unit); spellings that differ only in spaces or case share one name
/// ("TimeWarner" = "Time Warner"); an abbreviation the article introduces in brackets ("General Motors (GM)")
/// stands for the name before it everywhere in the article. Linear in the number of mention words.
/// </summary>
internal sealed class AliasResolver : IPipelineStage
{
    public void Process(PipelineDocument document)
    {
        var tokens = document.Tokens;
        var forms = new Form[document.Mentions.Count];
        var bySquashed = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var personByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var organizationByPrefix = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstMentionOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstBodyMentionOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int bodyStart = document.Sentences.Count > 1 ? document.Sentences[1].FirstToken : 0;

        for (int m = 0; m < forms.Length; m++)
        {
            var mention = document.Mentions[m];
            var words = new string[mention.EndToken - mention.FirstToken];
            for (int i = 0; i < words.Length; i++)
            {
                var token = tokens[mention.FirstToken + i];
                words[i] = document.Normalized[token.Start..token.End];
            }

            forms[m] = new Form(mention, words, string.Concat(words), (words.Length * 1000) + words.Sum(w => w.Length));
            if (mention.Type is not (EntityType.Person or EntityType.Organization))
            {
                continue;
            }

            KeepFullest(bySquashed, forms[m].Squashed, m);
            firstMentionOf.TryAdd(forms[m].Squashed, mention.FirstToken);
            if (mention.FirstToken >= bodyStart)
            {
                firstBodyMentionOf.TryAdd(forms[m].Squashed, mention.FirstToken);
            }

            if (mention.Type == EntityType.Person && words.Length > 1)
            {
                KeepFullest(personByName, "last:" + words[^1], m);
                KeepFullest(personByName, "first:" + words[0], m);
            }
            else if (mention.Type == EntityType.Organization)
            {
                for (int k = 1; k < words.Length; k++)
                {
                    KeepFullest(organizationByPrefix, string.Join(' ', words, 0, k), m);
                }
            }
        }

        // "General Motors (GM)": a mention in brackets right after a longer organisation name abbreviates it.
        var abbreviations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int m = 1; m < forms.Length; m++)
        {
            var previous = forms[m - 1].Mention;
            var current = forms[m].Mention;
            if (current.FirstToken == previous.EndToken + 1 && current.EndToken < tokens.Count
                && document.Normalized[tokens[previous.EndToken].Start] == '(' && document.Normalized[tokens[current.EndToken].Start] == ')'
                && previous.Type == EntityType.Organization && forms[m].Words.Length == 1 && forms[m - 1].Words.Length > 1)
            {
                abbreviations.TryAdd(forms[m].Squashed, m - 1);
            }
        }

        var resolved = new int[forms.Length];
        for (int m = 0; m < forms.Length; m++)
        {
            var form = forms[m];
            int best = -1;
            if (abbreviations.TryGetValue(form.Squashed, out int expanded))
            {
                best = bySquashed.TryGetValue(forms[expanded].Squashed, out int fullest) ? Fuller(expanded, fullest) : expanded;
            }

            else if (form.Mention.Type is EntityType.Person or EntityType.Organization)
            {
                best = Fuller(best, bySquashed.GetValueOrDefault(form.Squashed, -1));
                if (form.Words.Length == 1)
                {
                    best = Fuller(best, personByName.GetValueOrDefault("last:" + form.Words[0], -1));
                    if (form.Mention.Type == EntityType.Person)
                    {
                        best = Fuller(best, personByName.GetValueOrDefault("first:" + form.Words[0], -1));
                    }
                }

                if (form.Mention.Type == EntityType.Organization
                    && organizationByPrefix.TryGetValue(string.Join(' ', form.Words), out int longer)
                    && !IsSeparateOrganization(form, forms[longer]))
                {
                    best = Fuller(best, longer);
                }
            }

            resolved[m] = best < 0 ? m : best;
        }

        for (int m = 0; m < forms.Length; m++)
        {
            var form = forms[m];
            var canonicalForm = forms[Canonical(resolved, m)];
            var type = canonicalForm.Mention.Type is EntityType.Person or EntityType.Organization ? canonicalForm.Mention.Type : form.Mention.Type;
            document.Entities.Add(new EntityMention(
                document.Text[tokens[form.Mention.FirstToken].Start..tokens[form.Mention.EndToken - 1].End],
                NameOf(document.Text, tokens, canonicalForm.Mention),
                type,
                tokens[form.Mention.FirstToken].Start,
                tokens[form.Mention.EndToken - 1].End,
                Math.Round(form.Mention.Confidence, 4)));
        }

        void KeepFullest(Dictionary<string, int> index, string key, int candidate)
        {
            if (!index.TryGetValue(key, out int current) || forms[candidate].Fullness > forms[current].Fullness)
            {
                index[key] = candidate;
            }
        }

        // "BBC" used on its own before "BBC World Service" appears names the parent, not a short form of the
        // unit ("Nintendo" ... "Nintendo Europe"); a short form comes after the name it shortens ("Scale AI" ...
        // "Scale"). Headlines use short forms first, so the first sentence does not count. A corporate
        // designator as the only added word ("Lenovo Group", "SBC Communications") names the same firm either way.
        bool IsSeparateOrganization(Form shorter, Form longer)
        {
            bool onlyDesignatorAdded = longer.Words.Length == shorter.Words.Length + 1 && CorporateDesignators.Contains(longer.Words[^1]);
            return !onlyDesignatorAdded
                && firstBodyMentionOf.TryGetValue(shorter.Squashed, out int shortFirst)
                && shortFirst < firstMentionOf[longer.Squashed];
        }

        int Fuller(int a, int b) => a < 0 ? b : b < 0 ? a : forms[b].Fullness > forms[a].Fullness ? b : a;
    }

    // Follows the links to the fullest form: "Northwind" (tagged as a person) → "Northwind" (an organisation) →
    // "Northwind Logistics Inc.". Links lead to forms at least as full, so chains are short; the bound guards
    // against a cycle among equally full forms.
    private static int Canonical(int[] resolved, int m)
    {
        for (int step = 0; step < resolved.Length && resolved[m] != m; step++)
        {
            m = resolved[m];
        }

        return m;
    }

    // The name as one line: its tokens as written, one space wherever the text had any whitespace between them.
    private static string NameOf(string text, List<Token> tokens, MentionSpan mention)
    {
        var name = new System.Text.StringBuilder();
        for (int t = mention.FirstToken; t < mention.EndToken; t++)
        {
            if (t > mention.FirstToken && tokens[t].HasSpaceBefore)
            {
                name.Append(' ');
            }

            name.Append(text, tokens[t].Start, tokens[t].Length);
        }

        return name.ToString();
    }

    // Words that, added to a name, still name the same firm rather than one of its units or regions.
    private static readonly HashSet<string> CorporateDesignators = new(StringComparer.OrdinalIgnoreCase)
    {
        "Group", "Holdings", "Corporation", "Corp", "Inc", "Ltd", "plc", "International", "Industries", "Communications",
        "Networks", "Technologies", "Systems", "Software", "Electronics", "Microsystems", "Security", "Broadband",
        "Airlines", "Airways", "Motors", "Motor", "Energy", "Resources", "Foundation", "University",
    };

    private readonly record struct Form(MentionSpan Mention, string[] Words, string Squashed, int Fullness);
}
