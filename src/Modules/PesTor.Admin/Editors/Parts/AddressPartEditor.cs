using System.Text.Json.Nodes;
using PesTor.Admin.Editors.Fields;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Parts;

/// <summary>Street, postal code, city and the district chosen from the districts taxonomy named in the part's settings.</summary>
public sealed class AddressPartEditor(IContentManager contents) : IEditorDriver
{
    private const string DistrictsSetting = "DistrictsTaxonomyContentItemId";

    public string Kind => PartNames.Address;

    public void Show(EditorModel model, JsonNode? stored)
    {
        var address = EditorInputs.Read<AddressPart>(stored);
        model.Set("Street", address?.Street);
        model.Set("PostalCode", address?.PostalCode);
        model.Set("City", address?.City);
        model.Set("District", address?.District?.TermContentItemIds.FirstOrDefault());
    }

    public JsonNode? Bind(EditorModel model)
    {
        var district = EditorInputs.Text(model, "District");
        return EditorInputs.Write(new AddressPart
        {
            Street = EditorInputs.Text(model, "Street"),
            PostalCode = EditorInputs.Text(model, "PostalCode"),
            City = EditorInputs.Text(model, "City"),
            District = district is null ? null : new TaxonomyField { TaxonomyContentItemId = DistrictsTaxonomy(model), TermContentItemIds = [district] },
        });
    }

    public Task LoadChoicesAsync(EditorModel model, CancellationToken cancellationToken) =>
        TaxonomyFieldEditor.LoadTermsAsync(contents, model, DistrictsTaxonomy(model), cancellationToken);

    private static string DistrictsTaxonomy(EditorModel model) => model.Settings[DistrictsSetting]?.GetValue<string>() ?? "districts";
}
