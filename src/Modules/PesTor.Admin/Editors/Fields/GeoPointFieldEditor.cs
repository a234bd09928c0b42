using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>
/// GeoPoint: latitude and longitude inputs. The maps module replaces the view with a map picker that posts the same
/// "Latitude" and "Longitude" inputs.
/// </summary>
public sealed class GeoPointFieldEditor(IStringLocalizer<AdminText> T) : IEditorDriver
{
    public string Kind => FieldKinds.GeoPoint;

    public void Show(EditorModel model, JsonNode? stored) => ShowPoint(model, EditorInputs.Read<GeoPointField>(stored), "");

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(BindPoint(model, "", T["Wpisz współrzędną jako liczbę, np. 53.0138."]));

    /// <summary>Shared with the event part, whose Location is a point too; <paramref name="prefix"/> is "" or "Location.".</summary>
    public static void ShowPoint(EditorModel model, GeoPointField? point, string prefix)
    {
        model.Set(prefix + "Latitude", EditorInputs.FormatCoordinate(point?.Latitude));
        model.Set(prefix + "Longitude", EditorInputs.FormatCoordinate(point?.Longitude));
    }

    public static GeoPointField BindPoint(EditorModel model, string prefix, string message) => new()
    {
        Latitude = EditorInputs.Decimal(model, prefix + "Latitude", message),
        Longitude = EditorInputs.Decimal(model, prefix + "Longitude", message),
    };
}
