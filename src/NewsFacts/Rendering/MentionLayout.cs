namespace NewsFacts.Rendering;

/// <summary>
/// Chooses the spans to highlight so that none overlap (a highlight is one element, and elements must nest):
/// named mentions first, then the facts' references ("it", "the company") that do not collide with one.
/// A reference at exactly a named mention's span is that mention and is dropped here.
/// </summary>
internal static class MentionLayout
{
    /// <summary>A span offered for highlighting, with the index of what it came from.</summary>
    public readonly record struct Candidate(int Start, int End, int Source);

    /// <summary>
    /// The accepted candidates in text order: of overlapping named spans the earlier (then longer) wins; a
    /// reference is accepted when it overlaps no accepted named span and no earlier accepted reference.
    /// </summary>
    public static List<(Candidate Span, bool Named)> Select(IEnumerable<Candidate> named, IEnumerable<Candidate> references)
    {
        var names = AcceptInOrder(named, _ => true);
        var nameStarts = names.ConvertAll(n => n.Start);
        var refs = AcceptInOrder(references, r => !OverlapsAny(names, nameStarts, r));

        var all = new List<(Candidate Span, bool Named)>(names.Count + refs.Count);
        all.AddRange(names.Select(n => (n, true)));
        all.AddRange(refs.Select(r => (r, false)));
        all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return all;
    }

    private static List<Candidate> AcceptInOrder(IEnumerable<Candidate> candidates, Func<Candidate, bool> allowed)
    {
        var accepted = new List<Candidate>();
        int lastEnd = int.MinValue;
        foreach (var c in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End).ThenBy(c => c.Source))
        {
            if (c.Start >= lastEnd && allowed(c))
            {
                accepted.Add(c);
                lastEnd = c.End;
            }
        }

        return accepted;
    }

    // The accepted names are sorted and disjoint, so their ends increase too: only the last name starting
    // before the candidate ends can reach into it.
    private static bool OverlapsAny(List<Candidate> names, List<int> starts, Candidate candidate)
    {
        int index = starts.BinarySearch(candidate.End);
        int before = (index >= 0 ? index : ~index) - 1;
        return before >= 0 && names[before].End > candidate.Start;
    }
}
