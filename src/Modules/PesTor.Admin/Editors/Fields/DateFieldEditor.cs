using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Date: the browser's date input (yyyy-MM-dd on the wire, shown in the user's format).</summary>
public sealed class DateFieldEditor(IStringLocalizer<AdminText> T) : IEditorDriver
{
    public string Kind => FieldKinds.Date;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("", EditorInputs.FormatDate(EditorInputs.Read<DateField>(stored)?.Value));

    public JsonNode? Bind(EditorModel model) =>
        EditorInputs.Write(new DateField { Value = EditorInputs.Date(model, "", T["Wpisz datę w postaci RRRR-MM-DD."]) });
}
