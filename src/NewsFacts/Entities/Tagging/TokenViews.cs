namespace NewsFacts.Entities.Tagging;

/// <summary>The hashed views of one token that feature templates combine.</summary>
internal struct TokenView
{
    public ulong Exact;
    public ulong Lower;
    public ulong Shape;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Prefix3;
    public ulong Cluster;

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool Capitalized;

    /// <summary>
    /// The token's case class (see <see cref="CaseClasses"/>): picks the contextual weights it meets. Set by
    /// <see cref="CaseClasses.Mark"/> only for models that need it, so the default path does not pay for it.
    /// </summary>
    public byte CaseClass;

    // Curated name lists (see NameLists): low nibble = types of listed names covering the token,
    // high nibble = types of listed names starting at it; FirstName = a common given name.
    public byte ListTypes;
    public bool FirstName;

    /// <summary>
    /// Where the model's pre-computed word scores keep this token's word, plus one (0: none); looked up once per token,
    /// read by both passes (see <see cref="WordScores.RowOf"/>).
    /// </summary>
    public int WordRow;

    /// <summary>True when the token's sentence is in title case (most words capitalised, as in many headlines).</summary>
    public bool TitleCase;

    // Document context for the second pass (see DocumentHints); 0 means "none".
    public byte FirstPassTag;
    public byte DocumentType;
    public byte PartOfType;
    public byte LowercaseElsewhere;

    // Last, where the padding after the bytes above has room: the struct stays 80 bytes, as the tagger copies it per feature window.

    /// <summary>The same as <see cref="ListTypes"/> for the external lists (see <see cref="NameLists.External"/>).</summary>
    public byte ExternalListTypes;

    /// <summary>Computes the views of <paramref name="token"/>; <paramref name="clusters"/> may be null.</summary>
    public static TokenView Of(ReadOnlySpan<char> token, WordClusters? clusters)
    {
        ulong lower = FeatureHashing.Lower(token);
        return new TokenView
        {
            Exact = FeatureHashing.Exact(token),
            Lower = lower,
            Shape = FeatureHashing.Shape(token),
            Suffix2 = FeatureHashing.Suffix(token, 2),
            Suffix3 = FeatureHashing.Suffix(token, 3),
            Suffix4 = FeatureHashing.Suffix(token, 4),
            Prefix3 = FeatureHashing.Prefix(token, 3),
            Cluster = clusters?.Lookup(lower) ?? 0,
            Capitalized = token.Length > 0 && char.IsUpper(token[0]),
        };
    }

    /// <summary>The view used for positions before the sentence start or past its end.</summary>
    public static readonly TokenView Boundary = new()
    {
        Exact = 1, Lower = 1, Shape = 1, Suffix2 = 1, Suffix3 = 1, Suffix4 = 1, Prefix3 = 1, Cluster = 1,
        FirstPassTag = 255, DocumentType = 255, PartOfType = 255, LowercaseElsewhere = 255, ListTypes = 255, ExternalListTypes = 255,
    };
}
