using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>A link: a web address or a path on this site, with an optional text.</summary>
public sealed class LinkFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.Link;

    public IndexKind IndexKind => IndexKind.Link;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<LinkFieldSettings>();
        var stored = context.Read<LinkField>();
        var link = new LinkField { Url = Trimmed(stored?.Url), Text = Trimmed(stored?.Text) };
        if (stored is not null && (link.Url != stored.Url || link.Text != stored.Text))
        {
            context.Replace(link);
        }

        if (link.Url is null)
        {
            if (settings.Required)
            {
                context.Fail(ValidationMessages.Required);
            }
            else if (link.Text is not null)
            {
                context.Fail("A link with a text needs a URL.");
            }
        }
        else if (!WebAddresses.IsLinkUrl(link.Url))
        {
            context.Fail(ValidationMessages.LinkUrl);
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<LinkField>() is { Url: { Length: > 0 } url } link)
        {
            yield return new FieldIndexRow(IndexKind.Link, context.PartName, context.Field.Name)
            {
                Text = IndexRows.Truncate(url, IndexRows.MaxText),
                Text2 = link.Text is null ? null : IndexRows.Truncate(link.Text, IndexRows.MaxText),
            };
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
