using System.Globalization;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Theme.Services;

/// <summary>Term names of the taxonomies a page shows, read once per request in one round trip.</summary>
public sealed class TaxonomyNames(IContentManager contents)
{
    private readonly Dictionary<string, IReadOnlyList<TaxonomyTerm>> _terms = new(StringComparer.Ordinal);

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

        foreach (var taxonomy in await contents.GetManyAsync(missing, VersionOptions.Published, cancellationToken))
        {
            _terms[taxonomy.ContentItemId] = taxonomy.As<TaxonomyPart>()?.Terms ?? [];
        }

        foreach (var id in missing.Where(id => !_terms.ContainsKey(id)))
        {
            _terms[id] = [];
        }
    }

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
}
