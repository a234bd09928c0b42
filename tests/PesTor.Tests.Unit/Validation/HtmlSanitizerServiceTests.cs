using PesTor.Contents.Validation;

namespace PesTor.Tests.Unit.Validation;

public sealed class HtmlSanitizerServiceTests
{
    private readonly HtmlSanitizerService _sanitizer = new();

    [Fact]
    public void Script_elements_are_removed()
    {
        var html = _sanitizer.Sanitize("<p>Hello</p><script>alert(1)</script>");

        Assert.Equal("<p>Hello</p>", html);
    }

    [Theory]
    [InlineData("<style>p{color:red}</style>")]
    [InlineData("<iframe src=\"https://example.pl\"></iframe>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("<embed src=\"x.swf\">")]
    public void Embedding_elements_are_removed(string dangerous)
    {
        var html = _sanitizer.Sanitize($"<p>ok</p>{dangerous}");

        Assert.Equal("<p>ok</p>", html);
    }

    [Fact]
    public void Unknown_wrapping_elements_give_way_to_their_content() =>
        Assert.Equal("<p>Hello</p>", _sanitizer.Sanitize("<section><p>Hello</p></section>"));

    [Fact]
    public void Event_handler_attributes_are_removed()
    {
        var html = _sanitizer.Sanitize("<p onclick=\"alert(1)\" onmouseover=\"x()\">Hi</p>");

        Assert.Equal("<p>Hi</p>", html);
    }

    [Fact]
    public void Javascript_links_lose_their_href()
    {
        var html = _sanitizer.Sanitize("<a href=\"javascript:alert(1)\">click</a>");

        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_lists_headings_tables_and_links_are_kept()
    {
        const string html = "<h2>Tytuł</h2><p><strong>a</strong> <em>b</em></p><ul><li>c</li></ul>"
            + "<table><tbody><tr><td>d</td></tr></tbody></table><p><a href=\"https://cistorsps.pl\">e</a></p>";

        Assert.Equal(html, _sanitizer.Sanitize(html));
    }

    [Fact]
    public void Web_images_are_kept() =>
        Assert.Equal("<img src=\"https://example.pl/a.png\" alt=\"a\">", _sanitizer.Sanitize("<img src=\"https://example.pl/a.png\" alt=\"a\">"));

    [Fact]
    public void Images_with_a_data_source_lose_it() =>
        Assert.DoesNotContain("data:", _sanitizer.Sanitize("<img src=\"data:image/png;base64,AAAA\">"), StringComparison.Ordinal);

    [Fact]
    public void Links_opening_a_new_tab_get_noopener() =>
        Assert.Contains("rel=\"noopener noreferrer\"", _sanitizer.Sanitize("<a href=\"https://example.pl\" target=\"_blank\">x</a>"), StringComparison.Ordinal);
}
