using System.Text.Json.Nodes;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Parts;

/// <summary>The item's address; left empty, the engine makes one from the type's pattern and the title.</summary>
public sealed class AutoroutePartEditor : IEditorDriver
{
    public string Kind => PartNames.Autoroute;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("Path", EditorInputs.Read<AutoroutePart>(stored)?.Path);

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new AutoroutePart { Path = EditorInputs.Text(model, "Path") });
}
