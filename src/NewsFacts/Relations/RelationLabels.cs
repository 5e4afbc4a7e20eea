using NewsFacts.Facts;

namespace NewsFacts.Relations;

/// <summary>
/// The classes of the pair classifier: 0 is "no relation"; relation r (in <see cref="RelationType"/> order) is
/// class 2r+1 when the earlier argument is the subject and 2r+2 when the later one is. Symmetric relations use
/// only the forward class.
/// </summary>
internal static class RelationLabels
{
    public const int None = 0;
    public static readonly int Count = 1 + (2 * Enum.GetValues<RelationType>().Length);

    public static int Of(RelationType relation, bool earlierIsSubject) =>
        1 + (2 * (int)relation) + (earlierIsSubject || IsSymmetric(relation) ? 0 : 1);

    public static RelationType RelationOf(int label) => (RelationType)((label - 1) / 2);

    public static bool EarlierIsSubject(int label) => (label - 1) % 2 == 0;

    public static bool IsSymmetric(RelationType relation) =>
        relation is RelationType.MergesWith or RelationType.PartnersWith;

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
