using System.Globalization;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Security;

namespace PesTor.Theme.Services;

/// <summary>
/// Term names of the taxonomies a page shows. Taxonomies the caller may view in full come from
/// <see cref="PublishedTaxonomyCache"/> while the content is unchanged; the rest are read in one round trip per page.
/// </summary>
public sealed class TaxonomyNames(
    IContentManager contents,
    IContentVersion version,
    PublishedTaxonomyCache cache,
    IContentAuthorizer authorizer,
    ICallerAccessor callers)
{
    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _viewsAll = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(string taxonomyId, CancellationToken cancellationToken)
    {
        await LoadAsync([taxonomyId], cancellationToken);
        return _terms.GetValueOrDefault(taxonomyId) ?? [];
    }

    public async Task LoadAsync(IEnumerable<string> taxonomyIds, CancellationToken cancellationToken)
    {
        var missing = taxonomyIds.Where(id => !_terms.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // The version is read before the content: a change committed in between makes the next request read again.
        var current = await version.CurrentAsync(cancellationToken);
        var toRead = new List<string>();
        foreach (var id in missing)
        {
            if (cache.Find(id, current) is { } entry && await ViewsAllAsync(entry.ContentType, cancellationToken))
            {
                _terms[id] = entry.Terms;
                _types[id] = entry.ContentType;
            }
            else
            {
                toRead.Add(id);
            }
        }

        if (toRead.Count == 0)
        {
            return;
        }

        foreach (var taxonomy in await contents.GetManyAsync(toRead, VersionOptions.Published, cancellationToken))
        {
            var terms = taxonomy.As<TaxonomyPart>()?.Terms ?? [];
            _terms[taxonomy.ContentItemId] = terms;
            _types[taxonomy.ContentItemId] = taxonomy.ContentType;
            if (await ViewsAllAsync(taxonomy.ContentType, cancellationToken))
            {
                cache.Store(taxonomy.ContentItemId, new PublishedTaxonomyCache.Entry(current, taxonomy.ContentType, terms));
            }
        }

        foreach (var id in toRead.Where(id => !_terms.ContainsKey(id)))
        {
            _terms[id] = [];
        }
    }

    /// <summary>The content type of a loaded taxonomy; null when it was not found or not loaded.</summary>
    public string? ContentTypeOf(string taxonomyId) => _types.GetValueOrDefault(taxonomyId);

    /// <summary>A field's terms (after <see cref="LoadAsync"/> for its taxonomy); an unknown id stands for itself.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms(TaxonomyField? field) =>
        field?.TaxonomyContentItemId is { } taxonomyId && _terms.TryGetValue(taxonomyId, out var terms)
            ? [.. field.TermContentItemIds.Select(id => terms.FirstOrDefault(t => t.Id == id) ?? new TaxonomyTerm { Id = id, Name = id })]
            : [];

    /// <summary>The names of a field's terms in the visitor's language (after <see cref="LoadAsync"/> for its taxonomy).</summary>
    public IReadOnlyList<string> Names(TaxonomyField? field) =>
        field?.TaxonomyContentItemId is { } taxonomyId && _terms.TryGetValue(taxonomyId, out var terms)
            ? [.. field.TermContentItemIds.Select(id => terms.FirstOrDefault(t => t.Id == id)?.DisplayName(CultureInfo.CurrentUICulture) ?? id)]
            : [];

    // Only what every caller with full view access would read is shared through the cache.
    private async Task<bool> ViewsAllAsync(string contentType, CancellationToken cancellationToken)
    {
        if (!_viewsAll.TryGetValue(contentType, out var all))
        {
            all = await authorizer.GetAccessAsync(callers.Caller, ContentAction.View, contentType, cancellationToken) == ContentAccessLevel.All;
            _viewsAll[contentType] = all;
        }

        return all;
    }
}
