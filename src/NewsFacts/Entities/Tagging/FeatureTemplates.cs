namespace NewsFacts.Entities.Tagging;

/// <summary>
/// The tagger's feature templates over a window of two tokens either side. Each template yields one
/// hashed feature per token; the hash picks a row of weights (one weight per tag).
/// </summary>
internal static class FeatureTemplates
{
    /// <summary>Features per token of a first-pass model.</summary>
    public const int Count = 29;

    /// <summary>Features per token of a second-pass model: the first-pass ones plus document context.</summary>
    public const int StackedCount = Count + 7;

    /// <summary>Features per token that read the external name lists (see <see cref="NameLists.External"/>), after the others.</summary>
    public const int ExternalCount = 3;

    /// <summary>Features per token of a model.</summary>
    public static int CountFor(bool stacked, bool external = false) => (stacked ? StackedCount : Count) + (external ? ExternalCount : 0);

    /// <summary>
    /// Writes the <see cref="CountFor"/> feature hashes of token <paramref name="i"/> into <paramref name="features"/>.
    /// </summary>
    public static void Extract(ReadOnlySpan<TokenView> views, int i, Span<ulong> features, bool stacked = false, bool external = false)
    {
        ref readonly TokenView w0 = ref views[i];
        TokenView wm1 = i >= 1 ? views[i - 1] : TokenView.Boundary;
        TokenView wm2 = i >= 2 ? views[i - 2] : TokenView.Boundary;
        TokenView wp1 = i + 1 < views.Length ? views[i + 1] : TokenView.Boundary;
        TokenView wp2 = i + 2 < views.Length ? views[i + 2] : TokenView.Boundary;
        ulong first = i == 0 ? 1UL : 2UL;

        features[0] = FeatureHashing.Combine(0, 0);
        features[1] = FeatureHashing.Combine(1, w0.Lower);
        features[2] = FeatureHashing.Combine(2, w0.Exact);
        features[3] = FeatureHashing.Combine(3, w0.Shape);
        features[4] = FeatureHashing.Combine(4, w0.Suffix2);
        features[5] = FeatureHashing.Combine(5, w0.Suffix3);
        features[6] = FeatureHashing.Combine(6, w0.Suffix4);
        features[7] = FeatureHashing.Combine(7, w0.Prefix3);
        features[8] = FeatureHashing.Combine(8, wm1.Lower);
        features[9] = FeatureHashing.Combine(9, wp1.Lower);
        features[10] = FeatureHashing.Combine(10, wm2.Lower);
        features[11] = FeatureHashing.Combine(11, wp2.Lower);
        features[12] = FeatureHashing.Combine(12, wm1.Shape, w0.Shape);
        features[13] = FeatureHashing.Combine(13, w0.Shape, wp1.Shape);
        features[14] = FeatureHashing.Combine(14, wm1.Lower, w0.Lower);
        features[15] = FeatureHashing.Combine(15, w0.Lower, wp1.Lower);
        features[16] = FeatureHashing.Combine(16, first, w0.Shape);
        features[17] = FeatureHashing.Combine(17, wm1.Exact);
        features[18] = FeatureHashing.Combine(18, wp1.Exact);
        features[19] = FeatureHashing.Combine(19, w0.Cluster);
        features[20] = FeatureHashing.Combine(20, wm1.Cluster);
        features[21] = FeatureHashing.Combine(21, wp1.Cluster);
        features[22] = FeatureHashing.Combine(22, wm1.Suffix3, w0.Shape);
        features[23] = FeatureHashing.Combine(23, w0.Shape, wp1.Lower);

        // Curated name lists and first names.
        ulong firstNames = (wm1.FirstName ? 2UL : 0) | (w0.FirstName ? 1UL : 0);
        features[24] = FeatureHashing.Combine(50, w0.ListTypes, firstNames);
        features[25] = FeatureHashing.Combine(51, w0.ListTypes, w0.Shape);
        features[26] = FeatureHashing.Combine(52, ((ulong)wm1.ListTypes << 8) | wp1.ListTypes, w0.ListTypes);

        // Title-case sentences (headlines) carry no capitalisation signal: let the word itself speak.
        ulong titleCase = w0.TitleCase ? 1UL : 0UL;
        features[27] = FeatureHashing.Combine(55, w0.TitleCase ? w0.Lower : 0, titleCase);
        features[28] = FeatureHashing.Combine(56, titleCase, w0.Shape);
        if (external)
        {
            // Wide public lists: noisier than the curated ones, so they meet the word's shape and the curated match.
            int e = CountFor(stacked);
            features[e] = FeatureHashing.Combine(60, w0.ExternalListTypes, w0.Shape);
            features[e + 1] = FeatureHashing.Combine(61, ((ulong)wm1.ExternalListTypes << 8) | wp1.ExternalListTypes, w0.ExternalListTypes);
            features[e + 2] = FeatureHashing.Combine(62, w0.ExternalListTypes, w0.ListTypes);
        }

        if (!stacked)
        {
            return;
        }

        // Second pass: what the first pass decided here and around, and how the same word is tagged
        // elsewhere in the document (Ratinov and Roth's context aggregation, in miniature).
        features[29] = FeatureHashing.Combine(24, w0.FirstPassTag);
        features[30] = FeatureHashing.Combine(25, ((ulong)wm1.FirstPassTag << 16) | ((ulong)w0.FirstPassTag << 8) | wp1.FirstPassTag);
        features[31] = FeatureHashing.Combine(26, w0.DocumentType);
        features[32] = FeatureHashing.Combine(27, w0.DocumentType, w0.Shape);
        features[33] = FeatureHashing.Combine(28, w0.PartOfType, w0.FirstPassTag);
        features[34] = FeatureHashing.Combine(29, ((ulong)wm1.DocumentType << 8) | wp1.DocumentType, w0.DocumentType);
        features[35] = FeatureHashing.Combine(30, ((ulong)w0.LowercaseElsewhere << 8) | first, w0.FirstPassTag);
    }
}
