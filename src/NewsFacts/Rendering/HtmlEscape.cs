using System.Globalization;

namespace NewsFacts.Rendering;

/// <summary>
/// Writes untrusted text into HTML. Everything that comes from an article or a record goes through here:
/// text content escapes <c>&amp; &lt; &gt;</c>, attribute values (always double-quoted) also both quotes.
/// </summary>
internal static class HtmlEscape
{
    /// <summary>Writes <paramref name="value"/> as element text.</summary>
    public static void Text(TextWriter writer, ReadOnlySpan<char> value) => Write(writer, value, attribute: false);

    /// <summary>Writes <paramref name="value"/> as the inside of a double-quoted attribute value.</summary>
    public static void Attribute(TextWriter writer, ReadOnlySpan<char> value) => Write(writer, value, attribute: true);

    /// <summary>Writes <c> name="value"</c> (with a leading space), the value escaped.</summary>
    public static void Attribute(TextWriter writer, string name, ReadOnlySpan<char> value)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        Attribute(writer, value);
        writer.Write('"');
    }

    /// <summary>The escaped form of <paramref name="value"/> for element text or an attribute value.</summary>
    public static string Escape(string value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Attribute(writer, value);
        return writer.ToString();
    }

    private static void Write(TextWriter writer, ReadOnlySpan<char> value, bool attribute)
    {
        // Copy runs of harmless characters in one call; replace the few that HTML gives a meaning.
        int run = 0;
        for (int i = 0; i < value.Length; i++)
        {
            string? entity = value[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\'' when attribute => "&#39;",
                '\0' => "\uFFFD", // the parser would replace it anyway; writing it raw is a parse error
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            writer.Write(value[run..i]);
            writer.Write(entity);
            run = i + 1;
        }

        writer.Write(value[run..]);
    }
}
