using System.Globalization;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;

namespace PesTor.Maps.Services;

/// <summary>The choices of the map's filters: districts and legal forms (taxonomies), support types and premises states (field options).</summary>
public sealed class MapFilterOptions(IContentManager contents, IContentDefinitionManager definitions)
{
    public IReadOnlyList<KeyValuePair<string, string>> Districts { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> LegalForms { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> SupportTypes { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> PremisesStates { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var taxonomies = await contents.GetManyAsync(["districts", "legal-forms"], VersionOptions.Published, cancellationToken);
        Districts = Terms(taxonomies, "districts");
        LegalForms = Terms(taxonomies, "legal-forms");
        SupportTypes = [.. MapFeatureQuery.OptionLabels(document, "SupportPoint", "SupportType")];
        PremisesStates = [.. MapFeatureQuery.OptionLabels(document, "Premises", "Status")];
    }

    private static KeyValuePair<string, string>[] Terms(IReadOnlyList<ContentItem> taxonomies, string id) =>
        [.. (taxonomies.FirstOrDefault(t => t.ContentItemId == id)?.As<TaxonomyPart>()?.Terms ?? [])
            .Select(t => new KeyValuePair<string, string>(t.Id, t.DisplayName(CultureInfo.CurrentUICulture)))];
}
