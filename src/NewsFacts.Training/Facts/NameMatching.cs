namespace NewsFacts.Training.Facts;

/// <summary>
/// The name normalisation of the guidelines' scoring: lower-case, drop a leading "the", a trailing "'s"
/// and a trailing company suffix (Inc, Corp, Ltd, plc, LLC, Co).
/// </summary>
public static class NameMatching
{
    private static readonly string[] Suffixes = ["inc", "corp", "ltd", "plc", "llc", "co"];

    public static string Normalize(string name)
    {
        string s = string.Join(' ', name.Replace('\u2019', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (s.StartsWith("the ", StringComparison.Ordinal))
        {
            s = s[4..];
        }

        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('\''))
        {
            s = s[..^1];
        }

        foreach (string suffix in Suffixes)
        {
            // Longest form first: " inc." would otherwise match "apple, inc." and leave "apple,".
            foreach (string candidate in new[] { ", " + suffix + ".", ", " + suffix, " " + suffix + ".", " " + suffix })
            {
                if (s.EndsWith(candidate, StringComparison.Ordinal))
                {
                    return s[..^candidate.Length].TrimEnd(' ', ',');
                }
            }
        }

        return s;
    }
}
