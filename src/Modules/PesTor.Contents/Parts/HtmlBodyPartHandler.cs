using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>The body text of an item: sanitized before it is stored, indexed like an Html field.</summary>
public sealed class HtmlBodyPartHandler(HtmlSanitizerService sanitizer) : IContentPartHandler
{
    public string PartName => PartNames.HtmlBody;

    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>
    {
        ["Html"] = IndexKind.Html,
    };

    public ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Read<HtmlBodyPart>() is { } part)
        {
            var sanitized = sanitizer.Sanitize(part.Html);
            context.Replace(new HtmlBodyPart { Html = sanitized.Length > 0 ? sanitized : null });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public IEnumerable<FieldIndexRow> Index(PartContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IndexRows.Html(context.Name, nameof(HtmlBodyPart.Html), context.Read<HtmlBodyPart>()?.Html);
    }
}
