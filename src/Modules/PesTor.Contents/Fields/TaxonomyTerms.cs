using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Contents.Validation;

namespace PesTor.Contents.Fields;

/// <summary>
/// The checks of a taxonomy reference (a TaxonomyField, or the address's district): the taxonomy is the configured one,
/// the number of terms fits, and every term is a term of that taxonomy. Shared by the field kind and the address part.
/// </summary>
internal static class TaxonomyTerms
{
    /// <summary>Validates <paramref name="field"/> and returns its normalized copy (taxonomy filled in, terms trimmed and unique).</summary>
    /// <param name="configuredTaxonomyId">The taxonomy the definition prescribes; null or empty when it prescribes none.</param>
    public static async ValueTask<TaxonomyField> CheckAsync(
        TaxonomyField field,
        string? configuredTaxonomyId,
        bool required,
        bool multiple,
        IContentItemLookup lookup,
        Action<string> fail,
        CancellationToken cancellationToken)
    {
        var terms = Cardinality.Distinct(field.TermContentItemIds);
        var taxonomyId = string.IsNullOrWhiteSpace(field.TaxonomyContentItemId) ? configuredTaxonomyId : field.TaxonomyContentItemId.Trim();
        var normalized = new TaxonomyField { TaxonomyContentItemId = taxonomyId, TermContentItemIds = terms };

        Cardinality.Check(terms.Count, required, multiple, "terms", fail);

        if (!string.IsNullOrEmpty(configuredTaxonomyId) && !string.Equals(taxonomyId, configuredTaxonomyId, StringComparison.Ordinal))
        {
            fail($"The terms must come from the taxonomy '{configuredTaxonomyId}', not '{taxonomyId}'.");
            return normalized;
        }

        if (terms.Count == 0)
        {
            return normalized;
        }

        if (string.IsNullOrEmpty(taxonomyId))
        {
            fail("Terms were chosen but no taxonomy is set.");
            return normalized;
        }

        var found = await lookup.GetLatestAsync([taxonomyId], cancellationToken).ConfigureAwait(false);
        var taxonomy = found.FirstOrDefault(i => string.Equals(i.ContentItemId, taxonomyId, StringComparison.Ordinal))?.As<TaxonomyPart>();
        if (taxonomy is null)
        {
            fail($"The taxonomy '{taxonomyId}' does not exist.");
            return normalized;
        }

        var known = taxonomy.Terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in terms.Where(t => !known.Contains(t)))
        {
            fail($"The term '{unknown}' is not a term of the taxonomy '{taxonomyId}'.");
        }

        return normalized;
    }
}
