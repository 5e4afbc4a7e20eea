namespace NewsFacts.Relations;

/// <summary>
/// Words that signal how a fact is stated: planned ("will", "plans", "agreed"), considering ("considering",
/// "talks", "may", "could"), negated ("not", "denied", "rejected"). Used as modality features and, for clear
/// negation and consideration cues between the arguments, by the modality rules.
/// </summary>
internal static class ModalityCues
{
    public const int Planned = 1;
    public const int Considering = 2;
    public const int Negated = 3;

    private static readonly Dictionary<string, int> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["will"] = Planned, ["plans"] = Planned, ["plan"] = Planned, ["planned"] = Planned, ["planning"] = Planned,
        ["agreed"] = Planned, ["agrees"] = Planned, ["intends"] = Planned, ["intend"] = Planned, ["set"] = Planned,
        ["expected"] = Planned, ["aims"] = Planned, ["'ll"] = Planned, ["proposed"] = Planned, ["pending"] = Planned,
        ["considering"] = Considering, ["considers"] = Considering, ["consider"] = Considering, ["weighing"] = Considering,
        ["exploring"] = Considering, ["talks"] = Considering, ["may"] = Considering, ["might"] = Considering,
        ["could"] = Considering, ["possible"] = Considering, ["potential"] = Considering, ["reportedly"] = Considering,
        ["rumoured"] = Considering, ["rumored"] = Considering, ["speculation"] = Considering, ["bid"] = Considering,
        ["offer"] = Considering, ["approach"] = Considering, ["mulling"] = Considering, ["eyeing"] = Considering,
        ["interested"] = Considering, ["would"] = Considering,
        ["not"] = Negated, ["n't"] = Negated, ["never"] = Negated, ["denied"] = Negated, ["denies"] = Negated,
        ["deny"] = Negated, ["rejected"] = Negated, ["rejects"] = Negated, ["withdrew"] = Negated, ["withdrawn"] = Negated,
        ["abandoned"] = Negated, ["blocked"] = Negated, ["no"] = Negated, ["dropped"] = Negated, ["ruled"] = Negated,
        ["collapsed"] = Negated, ["failed"] = Negated, ["scrapped"] = Negated,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue class of a word, 0 when it is no cue.</summary>
    public static int Classify(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out int cue) ? cue : 0;
}
