using NewsFacts.Facts;

namespace NewsFacts.Relations;

/// <summary>
/// The classes of the pair classifier: 0 is "no relation", 1 + r is relation r (in <see cref="RelationType"/> order),
/// whichever way round. Which argument is the subject is decided by the argument types where they allow only one
/// way, by definition for symmetric relations, and otherwise by a separate direction classifier: splitting the
/// decision lets every example of a relation teach its type, whichever its direction.
/// </summary>
internal static class RelationLabels
{
    public const int None = 0;
    public static readonly int Count = 1 + Enum.GetValues<RelationType>().Length;

    public static int Of(RelationType relation) => 1 + (int)relation;

    public static RelationType RelationOf(int label) => (RelationType)(label - 1);

    public static bool IsSymmetric(RelationType relation) =>
        relation is RelationType.MergesWith or RelationType.PartnersWith;

    /// <summary>
    /// Which ways round the relation may hold between an earlier and a later argument: (earlier as subject, later
    /// as subject). Both false means the types rule the relation out.
    /// </summary>
    public static (bool Forward, bool Backward) Directions(RelationType relation, EntityType earlier, EntityType later) => IsSymmetric(relation)
            ? (TypesAllowed(relation, earlier, later), false)
            : (TypesAllowed(relation, earlier, later), TypesAllowed(relation, later, earlier));

    /// <summary>True when the direction classifier must decide (the types allow both ways and the relation is not symmetric).</summary>
    public static bool NeedsDirection(RelationType relation, EntityType earlier, EntityType later) =>
        !IsSymmetric(relation) && TypesAllowed(relation, earlier, later) && TypesAllowed(relation, later, earlier);

    /// <summary>
    /// The guidelines' argument types: holds_role and leaves_role link a person to an organisation; the object of
    /// every other relation is an organisation, and partnerships, mergers, supply and the end of a partnership are
    /// between organisations.
    /// </summary>
    public static bool TypesAllowed(RelationType relation, EntityType subject, EntityType obj) => relation switch
    {
        RelationType.HoldsRole or RelationType.LeavesRole => subject == EntityType.Person && obj == EntityType.Organization,
        RelationType.MergesWith or RelationType.PartnersWith or RelationType.EndsPartnershipWith or RelationType.Supplies
            => subject == EntityType.Organization && obj == EntityType.Organization,
        RelationType.Sues => true,
        _ => obj == EntityType.Organization,
    };
}
