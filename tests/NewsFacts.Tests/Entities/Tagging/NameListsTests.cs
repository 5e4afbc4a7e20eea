using NewsFacts.Entities.Tagging;
using NewsFacts.Text;

namespace NewsFacts.Tests.Entities.Tagging;

/// <summary>Name lists as tagger features: longest-match marking, and external lists kept apart from the curated ones.</summary>
public class NameListsTests
{
    private static readonly NameLists Curated = NameLists.Build(
        [("Morgan Stanley", NameLists.Organization), ("Morgan", NameLists.Person), ("Paris", NameLists.Location)], ["Anna"]);

    private static readonly NameLists External = NameLists.Build(
        [("Paris", NameLists.Location), ("Kecskemet", NameLists.Location), ("Schmidt", NameLists.NameWord), ("Anna Schmidt", NameLists.Person)], []);

    private static TokenView[] Annotate(NameLists lists, string text)
    {
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        var views = tokens.Select(t => TokenView.Of(t.In(text), null)).ToArray();
        lists.Annotate(text, tokens, views);
        return views;
    }

    [Fact]
    public void The_longest_listed_name_marks_where_it_begins_and_every_token_it_covers()
    {
        var views = Annotate(Curated, "Morgan Stanley met Anna in Paris");
        Assert.Equal((NameLists.Organization << 4) | NameLists.Organization, views[0].ListTypes); // not the shorter "Morgan" (PER)
        Assert.Equal(NameLists.Organization, views[1].ListTypes);
        Assert.Equal(0, views[2].ListTypes);
        Assert.True(views[3].FirstName);
        Assert.Equal((NameLists.Location << 4) | NameLists.Location, views[5].ListTypes);
        Assert.All(views, v => Assert.Equal(0, v.ExternalListTypes));
    }

    [Fact]
    public void External_lists_mark_their_own_field_and_leave_the_curated_marks_as_they_were()
    {
        var views = Annotate(Curated.WithExternal(External), "Anna Schmidt flew from Kecskemet to Paris");
        var curatedOnly = Annotate(Curated, "Anna Schmidt flew from Kecskemet to Paris");
        Assert.Equal(curatedOnly.Select(v => v.ListTypes), views.Select(v => v.ListTypes));
        Assert.Equal((NameLists.Person << 4) | NameLists.Person, views[0].ExternalListTypes);
        Assert.Equal(NameLists.Person | (NameLists.NameWord << 4) | NameLists.NameWord, views[1].ExternalListTypes); // inside "Anna Schmidt", and a name word itself
        Assert.Equal((NameLists.Location << 4) | NameLists.Location, views[4].ExternalListTypes);
        Assert.Equal((NameLists.Location << 4) | NameLists.Location, views[6].ExternalListTypes);
        Assert.Equal((NameLists.NameWord << 4) | NameLists.NameWord, Annotate(Curated.WithExternal(External), "Mr Schmidt")[1].ExternalListTypes);
    }

    [Fact]
    public void Lists_with_external_ones_save_and_load_to_the_same_bytes_and_marks()
    {
        var lists = Curated.WithExternal(External);
        byte[] bytes = Save(lists, withExternal: true);
        var loaded = NameLists.Load(new BinaryReader(new MemoryStream(bytes)), withExternal: true);
        Assert.Equal(bytes, Save(loaded, withExternal: true));
        const string text = "Anna Schmidt of Morgan Stanley flew from Kecskemet to Paris";
        Assert.Equal(Annotate(lists, text), Annotate(loaded, text));
        Assert.Null(NameLists.Load(new BinaryReader(new MemoryStream(Save(Curated, withExternal: true))), withExternal: true).External);
    }

    [Fact]
    public void External_lists_add_features_only_to_models_that_carry_them()
    {
        var views = Annotate(Curated.WithExternal(External), "Anna Schmidt flew from Kecskemet");
        var plain = new ulong[FeatureTemplates.CountFor(stacked: false)];
        var withExternal = new ulong[FeatureTemplates.CountFor(stacked: false, external: true)];
        FeatureTemplates.Extract(views, 4, plain);
        FeatureTemplates.Extract(views, 4, withExternal, external: true);
        Assert.Equal(plain, withExternal.AsSpan(0, plain.Length).ToArray()); // the curated features do not move
        Assert.Equal(FeatureTemplates.ExternalCount, withExternal.Length - plain.Length);

        var unlisted = new ulong[withExternal.Length];
        FeatureTemplates.Extract(Annotate(Curated, "Anna Schmidt flew from Kecskemet"), 4, unlisted, external: true);
        Assert.Equal(plain, unlisted.AsSpan(0, plain.Length).ToArray());
        Assert.NotEqual(unlisted.AsSpan(plain.Length).ToArray(), withExternal.AsSpan(plain.Length).ToArray());
    }

    [Fact]
    public void The_external_marks_fit_in_the_token_views_padding()
    {
        // The tagger copies a window of views per token; the field for the external lists must not grow them.
        Assert.Equal(80, System.Runtime.CompilerServices.Unsafe.SizeOf<TokenView>());
    }

    private static byte[] Save(NameLists lists, bool withExternal)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lists.Save(writer, withExternal);
        }

        return stream.ToArray();
    }
}
