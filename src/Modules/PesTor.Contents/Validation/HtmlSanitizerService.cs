using AngleSharp.Dom;
using Ganss.Xss;

namespace PesTor.Contents.Validation;

/// <summary>
/// The one HTML sanitizer of the site (ASVS: sanitized HTML). It keeps the formatting an editor produces (text styles,
/// headings, lists, tables, links, images) and drops everything that can run code: script/style/iframe/object/embed,
/// event handler attributes, style attributes and any URL scheme other than http, https and mailto.
/// Configured once; <see cref="HtmlSanitizer"/> is safe to share between threads after configuration.
/// </summary>
public sealed class HtmlSanitizerService
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "div", "span", "blockquote", "pre", "code",
        "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "sub", "sup", "small", "mark", "abbr", "cite", "q",
        "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
        "a", "img", "figure", "figcaption",
    ];

    private static readonly string[] Attributes =
    [
        "href", "target", "rel", "title", "lang", "dir",
        "src", "alt", "width", "height",
        "colspan", "rowspan", "scope", "headers",
        "start", "reversed", "type",
        "class",
    ];

    // Removed together with what they contain; other unknown tags (font, section, ...) give way to their content.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "select", "svg", "math", "title",
    };

    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizerService()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.RemovingTag += DropContentOfActiveElements;
        _sanitizer.FilterUrl += OnlyWebImages;
        _sanitizer.PostProcessNode += ProtectBlankTargets;
    }

    /// <summary>The sanitized HTML; an empty string for null or blank input.</summary>
    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html).Trim();

    private static void DropContentOfActiveElements(object? sender, RemovingTagEventArgs e)
    {
        if (DroppedWithContent.Contains(e.Tag.LocalName))
        {
            e.Tag.InnerHtml = "";
        }
    }

    // mailto: is fine for a link, but an image source may only be a web address (or a relative one).
    private static void OnlyWebImages(object? sender, FilterUrlEventArgs e)
    {
        if (e.Tag.LocalName == "img" && e.SanitizedUrl is { } url
            && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is not ("http" or "https"))
        {
            e.SanitizedUrl = null;
        }
    }

    // A page opened with target=_blank could otherwise reach back through window.opener (reverse tabnabbing).
    private static void ProtectBlankTargets(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is IElement { LocalName: "a" } link
            && string.Equals(link.GetAttribute("target"), "_blank", StringComparison.OrdinalIgnoreCase))
        {
            link.SetAttribute("rel", "noopener noreferrer");
        }
    }
}
