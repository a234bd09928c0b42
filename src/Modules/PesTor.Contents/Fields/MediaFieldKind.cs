using PesTor.ContentFields;
using PesTor.Contents.Validation;
using PesTor.Indexing;

namespace PesTor.Contents.Fields;

/// <summary>Files of the media library, by their path inside it ("podmioty/logo.png").</summary>
public sealed class MediaFieldKind : IContentFieldKind
{
    public string Name => FieldKinds.Media;

    public IndexKind IndexKind => IndexKind.Media;

    public ValueTask ValidateAsync(FieldValueContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings<MediaFieldSettings>();
        var stored = context.Read<MediaField>();
        var paths = Cardinality.Distinct(stored?.Paths ?? []);
        if (stored is not null && !paths.SequenceEqual(stored.Paths, StringComparer.Ordinal))
        {
            context.Replace(new MediaField { Paths = paths });
        }

        Cardinality.Check(paths.Count, settings.Required, settings.Multiple, "files", context.Fail);
        foreach (var path in paths.Where(p => !IsLibraryPath(p)))
        {
            context.Fail($"The media path '{path}' must be relative to the media library: no leading '/', no scheme, no '..'.");
        }

        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexRow> Index(FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var paths = context.Read<MediaField>()?.Paths ?? [];
        return paths.Select(p => new FieldIndexRow(IndexKind.Media, context.PartName, context.Field.Name) { Text = IndexRows.Truncate(p, IndexRows.MaxText) });
    }

    /// <summary>A path that cannot leave the library: a path traversal or an absolute location would let a field point anywhere.</summary>
    private static bool IsLibraryPath(string path) =>
        !path.StartsWith('/')
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && !path.Split('/').Any(segment => segment is ".." or "." or "");
}
