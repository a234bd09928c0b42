using System.Text.Json.Nodes;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Link: an address and the text shown for it.</summary>
public sealed class LinkFieldEditor : IEditorDriver
{
    public string Kind => FieldKinds.Link;

    public void Show(EditorModel model, JsonNode? stored)
    {
        var link = EditorInputs.Read<LinkField>(stored);
        model.Set("Url", link?.Url);
        model.Set("Text", link?.Text);
    }

    public JsonNode? Bind(EditorModel model) =>
        EditorInputs.Write(new LinkField { Url = EditorInputs.Text(model, "Url"), Text = EditorInputs.Text(model, "Text") });
}
