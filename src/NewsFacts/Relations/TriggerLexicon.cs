namespace NewsFacts.Relations;

/// <summary>
/// Words that typically express each relation ("bought" → acquires, "stake" → invests_in, "resigned" →
/// leaves_role). They are features of the classifier, not rules: they let it generalise from few examples
/// of a relation to wordings it has not seen. Matched on lower-cased stems (see RelationFeatures.Stem).
/// </summary>
internal static class TriggerLexicon
{
    private static readonly Dictionary<ulong, int> ClassOf = Build();

    /// <summary>1 + the relation index of the trigger, or 0 when the stem is no trigger.</summary>
    public static int Classify(ulong stemHash) => ClassOf.GetValueOrDefault(stemHash);

    private static Dictionary<ulong, int> Build()
    {
        var words = new (Facts.RelationType Relation, string[] Stems)[]
        {
            (Facts.RelationType.InvestsIn, ["invest", "investment", "investor", "stake", "back", "backer", "fund", "funding", "shareholder", "shareholding", "round", "inject", "financ"]),
            (Facts.RelationType.Acquires, ["buy", "bought", "acquire", "acquir", "acquisition", "takeover", "purchase", "bid", "bidder", "snap", "swallow", "sale", "sell", "sold", "offer", "suitor"]),
            (Facts.RelationType.MergesWith, ["merge", "merg", "merger", "combine", "combin", "tie-up", "amalgamat"]),
            (Facts.RelationType.PartnersWith, ["partner", "partnership", "alliance", "venture", "collaborat", "collaboration", "team", "agreement", "pact", "co-operat", "cooperat", "jointly", "together", "sign", "deal"]),
            (Facts.RelationType.EndsPartnershipWith, ["stop", "end", "cut", "terminat", "cancel", "scrap", "sever", "pull", "abandon", "ditch", "phase"]),
            (Facts.RelationType.Supplies, ["supply", "suppli", "supplier", "provide", "provid", "provider", "customer", "client", "contract", "order", "deliver", "adviser", "advisor", "advis", "licens", "vendor", "use"]),
            (Facts.RelationType.Sues, ["sue", "su", "lawsuit", "suit", "court", "litigation", "legal", "claim", "case", "plaintiff", "accus", "charg"]),
            (Facts.RelationType.Owns, ["own", "owner", "subsidiary", "subsidiari", "unit", "parent", "division", "arm", "part", "belong", "control", "-owned", "brand"]),
            (Facts.RelationType.HoldsRole, ["chief", "executive", "ceo", "chairman", "chairwoman", "president", "director", "head", "founder", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "boss", "manager", "officer", "editor", "governor", "secretary", "partner", "chair"]),
            (Facts.RelationType.LeavesRole, ["resign", "quit", "step", "leave", "left", "depart", "departure", "fire", "oust", "sack", "former", "replac", "retire", "retir", "dismiss", "exit", "ex-"]),
        };

        var map = new Dictionary<ulong, int>();
        foreach (var (relation, stems) in words)
        {
            foreach (string stem in stems)
            {
                map.TryAdd(Entities.Tagging.FeatureHashing.Lower(stem), 1 + (int)relation);
            }
        }

        return map;
    }
}
