using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>The relation inventory of the facts guidelines (subject first, object second).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelationType>))]
public enum RelationType
{
    /// <summary>Investor takes a stake in, backs or funds the investee (not buying all of it).</summary>
    [JsonStringEnumMemberName("invests_in")] InvestsIn,
    /// <summary>Buyer buys, takes over or bids for the bought organisation.</summary>
    [JsonStringEnumMemberName("acquires")] Acquires,
    /// <summary>Two organisations combine with no buyer named (symmetric).</summary>
    [JsonStringEnumMemberName("merges_with")] MergesWith,
    /// <summary>Two organisations partner, collaborate or form a joint venture (symmetric).</summary>
    [JsonStringEnumMemberName("partners_with")] PartnersWith,
    /// <summary>The subject ends a partnership or supply relation with the object (scored symmetric).</summary>
    [JsonStringEnumMemberName("ends_partnership_with")] EndsPartnershipWith,
    /// <summary>Supplier provides goods, data or services (including advice) to the customer.</summary>
    [JsonStringEnumMemberName("supplies")] Supplies,
    /// <summary>Plaintiff sues or takes legal action against the defendant.</summary>
    [JsonStringEnumMemberName("sues")] Sues,
    /// <summary>Owner owns, is parent of or controls the owned organisation.</summary>
    [JsonStringEnumMemberName("owns")] Owns,
    /// <summary>A person holds a role at an organisation (attribute <c>role</c>).</summary>
    [JsonStringEnumMemberName("holds_role")] HoldsRole,
    /// <summary>A person leaves a role at an organisation (attribute <c>role</c>).</summary>
    [JsonStringEnumMemberName("leaves_role")] LeavesRole,
}

/// <summary>How an article states a fact.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Modality>))]
public enum Modality
{
    /// <summary>Stated as true, done or in force (also when attributed to a source).</summary>
    [JsonStringEnumMemberName("asserted")] Asserted,
    /// <summary>Announced, agreed or intended but not yet done.</summary>
    [JsonStringEnumMemberName("planned")] Planned,
    /// <summary>Weighed, explored, in talks, rumoured.</summary>
    [JsonStringEnumMemberName("considering")] Considering,
    /// <summary>Said not to be so, not to have happened, or denied.</summary>
    [JsonStringEnumMemberName("negated")] Negated,
}
