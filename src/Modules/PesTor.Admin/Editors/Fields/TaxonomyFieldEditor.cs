using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Fields;

/// <summary>
/// Taxonomy: the taxonomy's terms as radio buttons (one) or checkboxes (many), with a filter box that narrows a long list
/// as one types.
/// </summary>
public sealed class TaxonomyFieldEditor(IContentManager contents) : IEditorDriver
{
    public string Kind => FieldKinds.Taxonomy;

    public void Show(EditorModel model, JsonNode? stored) =>
        model.Values[""] = [.. EditorInputs.Read<TaxonomyField>(stored)?.TermContentItemIds ?? []];

    public JsonNode? Bind(EditorModel model)
    {
        var terms = EditorInputs.List(model);
        return EditorInputs.Write(new TaxonomyField
        {
            TaxonomyContentItemId = terms.Count == 0 ? null : model.Settings.Deserialize<TaxonomyFieldSettings>().TaxonomyContentItemId,
            TermContentItemIds = terms,
        });
    }

    public Task LoadChoicesAsync(EditorModel model, CancellationToken cancellationToken) =>
        LoadTermsAsync(contents, model, model.Settings.Deserialize<TaxonomyFieldSettings>().TaxonomyContentItemId, cancellationToken);

    /// <summary>Shared with the address part's district.</summary>
    public static async Task LoadTermsAsync(IContentManager contents, EditorModel model, string taxonomyId, CancellationToken cancellationToken)
    {
        if (taxonomyId.Length > 0 && await contents.GetAsync(taxonomyId, VersionOptions.Latest, cancellationToken) is { } taxonomy)
        {
            model.Choices.AddRange((taxonomy.As<TaxonomyPart>()?.Terms ?? []).Select(t => new EditorChoice(t.Id, t.Name)));
        }
    }
}
