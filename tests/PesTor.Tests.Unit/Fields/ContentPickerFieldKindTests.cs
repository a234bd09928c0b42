using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class ContentPickerFieldKindTests
{
    private readonly InMemoryContentItemLookup _lookup = new InMemoryContentItemLookup()
        .Add(Contexts.Item("entity-1", "Entity"))
        .Add(Contexts.Item("entity-2", "Entity"))
        .Add(Contexts.Item("article-1", "Article"));

    [Fact]
    public async Task Picked_item_of_an_allowed_type_is_accepted() =>
        Assert.True((await Validate(["entity-1"], Settings())).Result.Succeeded);

    [Fact]
    public async Task Picked_item_of_another_type_is_refused_naming_both_types()
    {
        var context = await Validate(["article-1"], Settings());

        Assert.Equal(["The item 'article-1' is of type Article; this field accepts only Entity."], context.Messages());
    }

    [Fact]
    public async Task Picked_item_that_does_not_exist_is_refused()
    {
        var context = await Validate(["ghost"], Settings());

        Assert.Equal(["The item 'ghost' does not exist."], context.Messages());
    }

    [Fact]
    public async Task Two_items_in_a_single_picker_are_refused()
    {
        var context = await Validate(["entity-1", "entity-2"], Settings());

        Assert.Equal(["Only one of the 2 items may be chosen for this field."], context.Messages());
    }

    [Fact]
    public async Task Required_picker_without_items_is_refused()
    {
        var context = await Validate([], new ContentPickerFieldSettings { Required = true });

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public async Task Duplicate_ids_are_removed()
    {
        var context = await Validate(["entity-1", "entity-2", "entity-1"], Settings(multiple: true));

        Assert.Equal(["entity-1", "entity-2"], context.Item.GetField<ContentPickerField>(Contexts.Type, "Owner")!.ContentItemIds);
    }

    [Fact]
    public async Task All_ids_are_looked_up_in_one_call()
    {
        await Validate(["entity-1", "entity-2", "ghost"], Settings(multiple: true));

        Assert.Equal(1, _lookup.Calls);
    }

    [Fact]
    public void Each_picked_item_gets_an_index_row()
    {
        var rows = new ContentPickerFieldKind(_lookup).Index(Context(["entity-1", "entity-2"], Settings(multiple: true)));

        Assert.Equal(
            [
                new FieldIndexRow(IndexKind.ContentPicker, "Entity", "Owner") { Ref = "entity-1" },
                new FieldIndexRow(IndexKind.ContentPicker, "Entity", "Owner") { Ref = "entity-2" },
            ],
            rows);
    }

    private static ContentPickerFieldSettings Settings(bool multiple = false) => new() { Multiple = multiple, DisplayedContentTypes = ["Entity"] };

    private static FieldValueContext Context(List<string> ids, ContentPickerFieldSettings settings)
    {
        var item = Contexts.Item("equipment-1").ApplyField(Contexts.Type, "Owner", new ContentPickerField { ContentItemIds = ids });
        return Contexts.Field(item, "Owner", FieldKinds.ContentPicker, settings);
    }

    private async Task<FieldValueContext> Validate(List<string> ids, ContentPickerFieldSettings settings)
    {
        var context = Context(ids, settings);
        await new ContentPickerFieldKind(_lookup).ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
