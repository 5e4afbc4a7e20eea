namespace NewsFacts.Relations;

/// <summary>
/// Words that typically express each relation ("bought" → acquires, "stake" → invests_in, "resigned" →
/// leaves_role). They are features of the classifier, not rules: they let it generalise from few examples
/// of a relation to wordings it has not seen. Listed as words and matched on their stems (see
/// <see cref="WordStems"/>), so every inflection of a trigger counts.
/// </summary>
internal static class TriggerLexicon
{
    private static readonly Dictionary<ulong, int> ClassOf = Build();

    /// <summary>1 + the relation index of the trigger, or 0 when the stem is no trigger.</summary>
    public static int Classify(ulong stemHash) => ClassOf.GetValueOrDefault(stemHash);

    private static Dictionary<ulong, int> Build()
    {
        var words = new (Facts.RelationType Relation, string[] Words)[]
        {
            (Facts.RelationType.InvestsIn, ["invest", "investment", "investor", "stake", "back", "backer", "fund", "shareholder", "shareholding", "round", "inject", "finance"]),
            (Facts.RelationType.Acquires, ["buy", "bought", "acquire", "acquisition", "takeover", "purchase", "bid", "bidder", "snap", "swallow", "sale", "sell", "sold", "offer", "suitor"]),
            (Facts.RelationType.MergesWith, ["merge", "merger", "combine", "combination", "tie-up", "amalgamate", "amalgamation"]),
            (Facts.RelationType.PartnersWith, ["partner", "partnership", "alliance", "venture", "collaborate", "collaboration", "team", "agreement", "pact", "co-operate", "co-operation", "cooperate", "cooperation", "jointly", "together", "sign", "deal"]),
            (Facts.RelationType.EndsPartnershipWith, ["stop", "end", "cut", "terminate", "termination", "cancel", "scrap", "sever", "pull", "abandon", "ditch", "phase"]),
            (Facts.RelationType.Supplies, ["supply", "supplier", "provide", "provider", "customer", "client", "contract", "order", "deliver", "adviser", "advisor", "advise", "license", "licence", "vendor", "use", "using"]),
            (Facts.RelationType.Sues, ["sue", "suing", "lawsuit", "suit", "court", "litigation", "legal", "claim", "case", "plaintiff", "accuse", "charge"]),
            (Facts.RelationType.Owns, ["own", "owner", "subsidiary", "unit", "parent", "division", "arm", "part", "belong", "control", "-owned", "brand"]),
            (Facts.RelationType.HoldsRole, ["chief", "executive", "ceo", "chairman", "chairwoman", "president", "director", "head", "founder", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "boss", "manager", "officer", "editor", "governor", "secretary", "partner", "chair"]),
            (Facts.RelationType.LeavesRole, ["resign", "quit", "step", "leave", "left", "depart", "departure", "fire", "oust", "sack", "former", "replace", "retire", "dismiss", "exit", "ex-"]),
        };

        var map = new Dictionary<ulong, int>();
        foreach (var (relation, triggers) in words)
        {
            foreach (string word in triggers)
            {
                map.TryAdd(WordStems.Hash(word), 1 + (int)relation);
            }
        }

        return map;
    }
}
