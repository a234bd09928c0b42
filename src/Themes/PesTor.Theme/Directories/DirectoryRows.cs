using System.Globalization;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Metadata;
using PesTor.Security;
using PesTor.Theme.Services;

namespace PesTor.Theme.Directories;

/// <summary>
/// The rows of a directory page from the items its query returned: each from <see cref="DirectoryRowCache"/> when the
/// caller may view everything the row names, otherwise rendered from the item's fields (and then shared when it is).
/// </summary>
public sealed class DirectoryRows(
    FieldDisplay fields,
    IContentVersion version,
    IContentDefinitionManager definitions,
    DirectoryRowCache cache,
    IContentAuthorizer authorizer,
    ICallerAccessor callers)
{
    private readonly Dictionary<string, bool> _viewsAll = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<DirectoryRow>> ForAsync(DirectorySpec spec, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        // The version is read before anything is rendered: a change committed in between starts a new generation.
        var current = await version.CurrentAsync(cancellationToken);
        var definitionsId = (await definitions.GetDocumentAsync(cancellationToken)).Identifier;
        var culture = CultureInfo.CurrentUICulture.Name;
        var rows = new DirectoryRow[items.Count];
        var missing = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (cache.Find(current, definitionsId, KeyOf(items[i], spec, culture)) is { } entry && await ViewsAllAsync(entry.Types, cancellationToken))
            {
                rows[i] = entry.Row;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count == 0)
        {
            return rows;
        }

        var summaries = await fields.SummariesAsync([.. missing.Select(i => items[i])], spec.SummaryFields, cancellationToken);
        foreach (var i in missing)
        {
            var item = items[i];
            var summary = summaries.GetValueOrDefault(item.ContentItemVersionId);
            var details = string.Join(", ", new[] { summary?.Text, item.GetText(nameof(AddressPart), nameof(AddressPart.City)) }.Where(s => !string.IsNullOrEmpty(s)));
            rows[i] = new DirectoryRow(item.DisplayText, Paths.Of(item), details);
            if (summary is { Complete: true } && await ViewsAllAsync(summary.Types, cancellationToken))
            {
                cache.Store(current, definitionsId, KeyOf(item, spec, culture), new DirectoryRowCache.Entry(rows[i], summary.Types));
            }
        }

        return rows;
    }

    private static DirectoryRowCache.Key KeyOf(ContentItem item, DirectorySpec spec, string culture) =>
        new(item.Id, item.ConcurrencyStamp, spec.Path, culture);

    // Only what every caller with full view access to the named types would render is shared.
    private async Task<bool> ViewsAllAsync(IReadOnlySet<string> types, CancellationToken cancellationToken)
    {
        foreach (var type in types)
        {
            if (!_viewsAll.TryGetValue(type, out var all))
            {
                all = await authorizer.GetAccessAsync(callers.Caller, ContentAction.View, type, cancellationToken) == ContentAccessLevel.All;
                _viewsAll[type] = all;
            }

            if (!all)
            {
                return false;
            }
        }

        return true;
    }
}
