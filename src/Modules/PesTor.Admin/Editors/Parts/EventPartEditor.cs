using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PesTor.Admin.Editors.Fields;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Parts;

/// <summary>An event's dates (city time), place, location and numbers of participants.</summary>
public sealed class EventPartEditor(IStringLocalizer<AdminText> T) : IEditorDriver
{
    public string Kind => PartNames.Event;

    public void Show(EditorModel model, JsonNode? stored)
    {
        var part = EditorInputs.Read<EventPart>(stored);
        model.Set("StartDate", EditorInputs.FormatDateTime(part?.StartDate));
        model.Set("EndDate", EditorInputs.FormatDateTime(part?.EndDate));
        model.Set("Place", part?.Place);
        GeoPointFieldEditor.ShowPoint(model, part?.Location, "Location.");
        model.Set("ParticipantsPes", part?.ParticipantsPes?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        model.Set("ParticipantsCity", part?.ParticipantsCity?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public JsonNode? Bind(EditorModel model)
    {
        var location = GeoPointFieldEditor.BindPoint(model, "Location.", T["Wpisz współrzędną jako liczbę, np. 53.0138."]);
        return EditorInputs.Write(new EventPart
        {
            StartDate = EditorInputs.DateTime(model, "StartDate", T["Wpisz datę i godzinę."]),
            EndDate = EditorInputs.DateTime(model, "EndDate", T["Wpisz datę i godzinę."]),
            Place = EditorInputs.Text(model, "Place"),
            Location = location.Latitude is null && location.Longitude is null ? null : location,
            ParticipantsPes = EditorInputs.Integer(model, "ParticipantsPes", T["Wpisz liczbę całkowitą."]),
            ParticipantsCity = EditorInputs.Integer(model, "ParticipantsCity", T["Wpisz liczbę całkowitą."]),
        });
    }
}
