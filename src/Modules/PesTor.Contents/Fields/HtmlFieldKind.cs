using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>Rich text. Stored only after sanitizing, so everything that reads it later may trust it.</summary>
public sealed class HtmlFieldKind(HtmlSanitizerService sanitizer) : IContentFieldKind
{
    public string Name => FieldKinds.Html;

    public IndexKind IndexKind => IndexKind.Html;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<HtmlFieldSettings>();
        var stored = context.Read<HtmlField>()?.Html;
        var sanitized = sanitizer.Sanitize(stored);
        if (stored is not null && !string.Equals(sanitized, stored, StringComparison.Ordinal))
        {
            context.Replace(new HtmlField { Html = sanitized });
        }

        if (settings.Required && IsBlank(sanitized))
        {
            context.Fail(ValidationMessages.Required);
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IndexRows.Html(context.PartName, context.Field.Name, context.Read<HtmlField>()?.Html);
    }

    // "<p> </p>" is empty to a reader; a lone image is not.
    private static bool IsBlank(string html) =>
        HtmlText.ToNormalizedPlainText(html).Length == 0 && !html.Contains("<img", StringComparison.OrdinalIgnoreCase);
}
