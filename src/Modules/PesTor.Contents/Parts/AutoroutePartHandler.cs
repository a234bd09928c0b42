using System.Globalization;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Fields;
using PesTor.Contents.Validation;
using PesTor.Validation;
using PesTor.Data;
using PesTor.Indexing;

namespace PesTor.Contents.Parts;

/// <summary>
/// The item's public path. Left empty, it is built from the type's pattern and the title ("podmioty/{slug}") and made
/// unique with "-2", "-3", ...; given by an editor, it is normalized and must be free.
/// </summary>
public sealed class AutoroutePartHandler(IContentStore store) : IContentPartHandler
{
    public string PartName => PartNames.Autoroute;

    public IReadOnlyDictionary<string, IndexKind> IndexedProperties { get; } = new Dictionary<string, IndexKind>
    {
        ["Path"] = IndexKind.Text,
    };

    public async ValueTask PrepareAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = Normalize(context.Read<AutoroutePart>()?.Path);
        var path = given.Length > 0
            ? given
            : await GenerateAsync(context.Item, context.Settings<AutoroutePartSettings>(), cancellationToken).ConfigureAwait(false);
        context.Replace(new AutoroutePart { Path = path.Length > 0 ? path : null });
    }

    public async ValueTask ValidateAsync(PartContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Read<AutoroutePart>()?.Path;
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (!path.All(IsPathChar) || path.Contains("//", StringComparison.Ordinal))
        {
            context.Fail(nameof(AutoroutePart.Path), $"The path '{path}' may contain only lower-case letters a-z, digits, '-' and single '/' between segments.");
        }
        else if (await store.IsPathTakenAsync(path, context.Item.ContentItemId, cancellationToken).ConfigureAwait(false))
        {
            context.Fail(nameof(AutoroutePart.Path), $"The path '{path}' is used by another item.");
        }
    }

    public IEnumerable<FieldIndexRow> Index(PartContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IndexRows.Text(context.Name, nameof(AutoroutePart.Path), context.Read<AutoroutePart>()?.Path);
    }

    /// <summary>"/Podmioty/Foo/ " → "podmioty/foo": paths are stored without surrounding slashes, in lower case.</summary>
    private static string Normalize(string? path) => (path ?? "").Trim().Trim('/').ToLowerInvariant();

    private async Task<string> GenerateAsync(ContentItem item, AutoroutePartSettings settings, CancellationToken cancellationToken)
    {
        var title = string.IsNullOrWhiteSpace(item.DisplayText) ? item.As<TitlePart>()?.Title : item.DisplayText;
        var slug = Slugifier.Slugify(title);
        if (slug.Length == 0)
        {
            // A title of only punctuation still needs a stable, readable address.
            slug = Slugifier.Slugify(item.ContentItemId);
        }

        if (slug.Length == 0)
        {
            return "";
        }

        var path = Normalize(settings.Pattern.Replace("{slug}", slug, StringComparison.Ordinal));
        var candidate = path;
        for (var n = 2; await store.IsPathTakenAsync(candidate, item.ContentItemId, cancellationToken).ConfigureAwait(false); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{path}-{n}");
        }

        return candidate;
    }

    private static bool IsPathChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '/';
}
