using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Contents.Validation;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class HtmlFieldKindTests
{
    private readonly HtmlFieldKind _kind = new(new HtmlSanitizerService());

    [Fact]
    public async Task Html_is_stored_sanitized()
    {
        var context = await Validate("<p onclick=\"x()\">Hi</p><script>alert(1)</script>", new HtmlFieldSettings());

        Assert.Equal("<p>Hi</p>", context.Item.GetField<HtmlField>(Contexts.Type, "Minutes")!.Html);
    }

    [Fact]
    public async Task Required_html_with_only_empty_markup_is_refused()
    {
        var context = await Validate("<p> </p><script>alert(1)</script>", new HtmlFieldSettings { Required = true });

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public void Index_row_holds_the_html_and_its_lower_cased_plain_text()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Minutes", new HtmlField { Html = "<h2>Zespół</h2><p>Posiedzenie &amp; <b>WNIOSKI</b></p>" });

        var row = Assert.Single(_kind.Index(Contexts.Field(item, "Minutes", FieldKinds.Html)));

        Assert.Equal(IndexKind.Html, row.Kind);
        Assert.Equal("<h2>Zespół</h2><p>Posiedzenie &amp; <b>WNIOSKI</b></p>", row.Text);
        Assert.Equal("zespół posiedzenie & wnioski", row.Text2);
    }

    private async Task<FieldValueContext> Validate(string html, HtmlFieldSettings settings)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Minutes", new HtmlField { Html = html });
        var context = Contexts.Field(item, "Minutes", FieldKinds.Html, settings);
        await _kind.ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
