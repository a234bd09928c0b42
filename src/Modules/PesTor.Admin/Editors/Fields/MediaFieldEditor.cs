using System.Text.Json.Nodes;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>
/// Media: the paths of the chosen files in the media library, one per line. The media module replaces the view with its
/// picker (posting the same "Paths" lines).
/// </summary>
public sealed class MediaFieldEditor : IEditorDriver
{
    public string Kind => FieldKinds.Media;

    public void Show(EditorModel model, JsonNode? stored) =>
        model.Set("Paths", string.Join("\n", EditorInputs.Read<MediaField>(stored)?.Paths ?? []));

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new MediaField
    {
        Paths = [.. model.ValuesOf("Paths").SelectMany(v => v.Split('\n')).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)],
    });
}
