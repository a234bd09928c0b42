using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>DateTime: the browser's date-and-time input in the city's time, stored in UTC.</summary>
public sealed class DateTimeFieldEditor(IStringLocalizer<AdminText> T) : IEditorDriver
{
    public string Kind => FieldKinds.DateTime;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("", EditorInputs.FormatDateTime(EditorInputs.Read<DateTimeField>(stored)?.Value));

    public JsonNode? Bind(EditorModel model) =>
        EditorInputs.Write(new DateTimeField { Value = EditorInputs.DateTime(model, "", T["Wpisz datę i godzinę."]) });
}
