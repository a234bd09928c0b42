using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentParts;
using PesTor.Metadata;

namespace PesTor.GraphQL.Services;

/// <summary>
/// One field as the schema sees it: where it is stored (part + field), its kind, and whether the part stores the bare value
/// (code parts such as AddressPart keep "City": "Toruń") or the kind's object (defined fields keep "Nip": { "Text": … }).
/// </summary>
internal sealed record FieldShape(string GraphName, string Part, string Field, string Kind, bool Flat, JsonObject Settings);

/// <summary>A part placed on a type, with the fields the schema exposes for it.</summary>
internal sealed record PartShape(string GraphName, string Name, string PartName, IReadOnlyList<FieldShape> Fields);

/// <summary>Reads the shapes of a type's parts from the definitions; code parts have no field definitions, so they are listed here.</summary>
internal static class PartShapes
{
    // The code parts' stored properties and the field kind each behaves like (same as their index rows in PesTor.Contents).
    private static readonly Dictionary<string, (string Field, string Kind, bool Flat)[]> CodeParts = new(StringComparer.Ordinal)
    {
        [PartNames.Title] = [("Title", FieldKinds.Text, true)],
        [PartNames.Autoroute] = [("Path", FieldKinds.Text, true)],
        [PartNames.HtmlBody] = [("Html", FieldKinds.Html, true)],
        [PartNames.Address] = [("Street", FieldKinds.Text, true), ("PostalCode", FieldKinds.Text, true), ("City", FieldKinds.Text, true), ("District", FieldKinds.Taxonomy, false)],
        [PartNames.Contact] = [("Phone", FieldKinds.Text, true), ("Email", FieldKinds.Text, true), ("Website", FieldKinds.Text, true)],
        [PartNames.Event] =
        [
            ("StartDate", FieldKinds.DateTime, true), ("EndDate", FieldKinds.DateTime, true), ("Place", FieldKinds.Text, true),
            ("Location", FieldKinds.GeoPoint, false), ("ParticipantsPes", FieldKinds.Numeric, true), ("ParticipantsCity", FieldKinds.Numeric, true),
        ],
    };

    public static PartShape Of(ContentTypePartDefinition typePart, ContentDefinitionDocument document)
    {
        var fields = new List<FieldShape>();
        if (CodeParts.TryGetValue(typePart.PartName, out var codeFields))
        {
            // The District taxonomy comes from the part's settings on the type (AddressPartSettings).
            fields.AddRange(codeFields.Select(f => new FieldShape(Names.Camel(f.Field), typePart.Name, f.Field, f.Kind, f.Flat, typePart.Settings)));
        }

        if (document.FindPart(typePart.PartName) is { } definition)
        {
            fields.AddRange(definition.Fields
                .Where(f => FieldKinds.All.Contains(f.FieldKind) && !PrivateFields.IsPrivate(f))
                .Select(f => new FieldShape(Names.Camel(f.Name), typePart.Name, f.Name, f.FieldKind, false, f.Settings)));
        }

        return new PartShape(Names.Camel(typePart.Name), typePart.Name, typePart.PartName, fields);
    }
}
