using System.Text.Json.Nodes;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Parts;

/// <summary>The item's body in the rich-text editor (the engine sanitizes it).</summary>
public sealed class HtmlBodyPartEditor : IEditorDriver
{
    public string Kind => PartNames.HtmlBody;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("Html", EditorInputs.Read<HtmlBodyPart>(stored)?.Html);

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new HtmlBodyPart { Html = EditorInputs.Text(model, "Html") });
}
