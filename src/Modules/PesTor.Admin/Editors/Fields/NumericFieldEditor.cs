using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Numeric: a text input with a decimal keyboard that accepts "1 234,5" as well as "1234.5".</summary>
public sealed class NumericFieldEditor(IStringLocalizer<AdminText> T) : IEditorDriver
{
    public string Kind => FieldKinds.Numeric;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("", EditorInputs.Format(EditorInputs.Read<NumericField>(stored)?.Value));

    public JsonNode? Bind(EditorModel model) =>
        EditorInputs.Write(new NumericField { Value = EditorInputs.Decimal(model, "", T["Wpisz liczbę, np. 12 lub 12,5."]) });
}
