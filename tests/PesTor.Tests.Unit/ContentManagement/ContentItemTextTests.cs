using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Tests.Unit.ContentManagement;

public sealed class ContentItemTextTests
{
    [Fact]
    public void A_part_property_is_read_as_the_typed_part_reads_it()
    {
        var item = new ContentItem { ContentType = "Entity" };
        item.Apply(new AutoroutePart { Path = "podmioty/fundacja-lacznik" });
        item.Apply(new AddressPart { City = "Toruń" });

        Assert.Equal(item.As<AutoroutePart>()!.Path, item.GetText(nameof(AutoroutePart), nameof(AutoroutePart.Path)));
        Assert.Equal("Toruń", item.GetText(nameof(AddressPart), nameof(AddressPart.City)));
    }

    [Fact]
    public void Names_match_ignoring_case_as_deserializing_does()
    {
        var item = new ContentItem { ContentType = "Entity" };
        item.Content["AddressPart"] = new JsonObject { ["city"] = "Chełmża" };

        Assert.Equal(item.As<AddressPart>()!.City, item.GetText("AddressPart", "City"));
    }

    [Fact]
    public void A_missing_part_property_or_a_value_that_is_not_text_reads_as_null()
    {
        var item = new ContentItem { ContentType = "Entity" };
        item.Content["AddressPart"] = new JsonObject { ["City"] = 12, ["Street"] = null };

        Assert.Null(item.GetText("AutoroutePart", "Path"));
        Assert.Null(item.GetText("AddressPart", "PostalCode"));
        Assert.Null(item.GetText("AddressPart", "City"));
        Assert.Null(item.GetText("AddressPart", "Street"));
    }
}
