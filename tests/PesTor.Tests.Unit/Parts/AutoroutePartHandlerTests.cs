using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Parts;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Parts;

public sealed class AutoroutePartHandlerTests
{
    private static readonly AutoroutePartSettings EntityRoutes = new() { Pattern = "podmioty/{slug}" };

    private readonly InMemoryContentStore _store = new();

    [Fact]
    public async Task Empty_path_is_built_from_the_pattern_and_the_title()
    {
        var item = await Prepare(Titled("Spółdzielnia Łączka"));

        Assert.Equal("podmioty/spoldzielnia-laczka", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Taken_path_gets_the_first_free_number_suffix()
    {
        _store.TakePath("podmioty/spoldzielnia-laczka", "other-1").TakePath("podmioty/spoldzielnia-laczka-2", "other-2");

        var item = await Prepare(Titled("Spółdzielnia Łączka"));

        Assert.Equal("podmioty/spoldzielnia-laczka-3", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Item_keeps_a_path_it_already_owns()
    {
        _store.TakePath("podmioty/spoldzielnia-laczka", "item-1");

        var item = await Prepare(Titled("Spółdzielnia Łączka"));

        Assert.Equal("podmioty/spoldzielnia-laczka", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Given_path_is_trimmed_of_slashes_and_lower_cased()
    {
        var item = await Prepare(Titled("x").Apply(new AutoroutePart { Path = " /Podmioty/Alma/ " }));

        Assert.Equal("podmioty/alma", item.As<AutoroutePart>()!.Path);
    }

    [Fact]
    public async Task Given_path_used_by_another_item_is_refused()
    {
        _store.TakePath("podmioty/alma", "other-1");
        var context = Contexts.Part(Titled("x").Apply(new AutoroutePart { Path = "podmioty/alma" }), PartNames.Autoroute, EntityRoutes);

        await new AutoroutePartHandler(_store).ValidateAsync(context, CancellationToken.None);

        Assert.Equal(new ContentValidationError("AutoroutePart.Path", "The path 'podmioty/alma' is used by another item."), Assert.Single(context.Result.Errors));
    }

    [Fact]
    public async Task Given_path_with_other_characters_is_refused()
    {
        var context = Contexts.Part(Titled("x").Apply(new AutoroutePart { Path = "podmioty/ałma?x=1" }), PartNames.Autoroute, EntityRoutes);

        await new AutoroutePartHandler(_store).ValidateAsync(context, CancellationToken.None);

        Assert.Contains("may contain only lower-case letters", Assert.Single(context.Messages()), StringComparison.Ordinal);
    }

    [Fact]
    public void Path_is_indexed_as_text()
    {
        var item = Titled("x").Apply(new AutoroutePart { Path = "podmioty/alma" });

        var row = Assert.Single(new AutoroutePartHandler(_store).Index(Contexts.Part(item, PartNames.Autoroute)));

        Assert.Equal(new FieldIndexRow(IndexKind.Text, "AutoroutePart", "Path") { Text = "podmioty/alma", Text2 = "podmioty/alma" }, row);
    }

    private static ContentItem Titled(string title)
    {
        var item = Contexts.Item().Apply(new TitlePart { Title = title });
        item.DisplayText = title;
        return item;
    }

    private async Task<ContentItem> Prepare(ContentItem item)
    {
        await new AutoroutePartHandler(_store).PrepareAsync(Contexts.Part(item, PartNames.Autoroute, EntityRoutes), CancellationToken.None);
        return item;
    }
}
