using PesTor.ContentParts;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>The title: trimmed, and the item's display text. Indexed through the DisplayText column, so no rows.</summary>
public sealed class TitlePartHandler : IContentPartHandler
{
    public const int MaxLength = 255;

    public string PartName => PartNames.Title;

    // The title is the DisplayText column, which queries filter and order on directly.
    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>();

    public ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Read<TitlePart>()?.Title?.Trim() ?? "";
        context.Replace(new TitlePart { Title = title });
        context.Item.DisplayText = title;
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Read<TitlePart>()?.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            context.Fail(nameof(TitlePart.Title), "A title is required.");
        }
        else if (title.Length > MaxLength)
        {
            context.Fail(nameof(TitlePart.Title), $"The title must be at most {MaxLength} characters long (it has {title.Length}).");
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(PartContext context) => [];
}
