using System.Text.Json.Nodes;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Boolean: a checkbox (an unchecked box posts nothing, which means false).</summary>
public sealed class BooleanFieldEditor : IEditorDriver
{
    public string Kind => FieldKinds.Boolean;

    public void Show(EditorModel model, JsonNode? stored) =>
        model.Set("", EditorInputs.Read<BooleanField>(stored)?.Value == true ? "true" : null);

    public JsonNode? Bind(EditorModel model) =>
        EditorInputs.Write(new BooleanField { Value = model.ValuesOf().Contains("true") });
}
