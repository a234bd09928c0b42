using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Parts;
using PesTor.Contents.Validation;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Parts;

public sealed class HtmlBodyPartHandlerTests
{
    private readonly HtmlBodyPartHandler _handler = new(new HtmlSanitizerService());

    [Fact]
    public async Task Body_is_sanitized_before_it_is_stored()
    {
        var item = Contexts.Item().Apply(new HtmlBodyPart { Html = "<p>Opis<img src=x onerror=alert(1)></p><script>x()</script>" });

        await _handler.PrepareAsync(Contexts.Part(item, PartNames.HtmlBody), CancellationToken.None);

        Assert.Equal("<p>Opis<img src=\"x\"></p>", item.As<HtmlBodyPart>()!.Html);
    }

    [Fact]
    public void Body_is_indexed_as_html_with_plain_text()
    {
        var item = Contexts.Item().Apply(new HtmlBodyPart { Html = "<p>Bank <b>Sprzętu</b></p>" });

        var row = Assert.Single(_handler.Index(Contexts.Part(item, PartNames.HtmlBody)));

        Assert.Equal(new FieldIndexRow(IndexKind.Html, "HtmlBodyPart", "Html") { Text = "<p>Bank <b>Sprzętu</b></p>", Text2 = "bank sprzętu" }, row);
    }
}
