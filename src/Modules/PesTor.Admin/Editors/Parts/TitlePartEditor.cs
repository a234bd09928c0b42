using System.Text.Json.Nodes;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Parts;

public sealed class TitlePartEditor : IEditorDriver
{
    public string Kind => PartNames.Title;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("Title", EditorInputs.Read<TitlePart>(stored)?.Title);

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new TitlePart { Title = EditorInputs.Text(model, "Title") });
}
