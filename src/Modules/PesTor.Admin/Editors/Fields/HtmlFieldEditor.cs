using System.Text.Json.Nodes;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Html: a rich-text editor over a textarea (the engine sanitizes what is stored).</summary>
public sealed class HtmlFieldEditor : IEditorDriver
{
    public string Kind => FieldKinds.Html;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("", EditorInputs.Read<HtmlField>(stored)?.Html);

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new HtmlField { Html = EditorInputs.Text(model) });
}
