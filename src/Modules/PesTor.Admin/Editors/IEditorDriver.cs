using System.Text.Json.Nodes;

namespace PesTor.Admin.Editors;

/// <summary>
/// The editor of one field kind or one shared part: it turns a stored value into input values, and posted input values
/// back into the stored value. It does not validate what it stores — the content manager does, and its errors come back
/// to the editor by path; a driver only reports input it cannot read at all (a number that is not a number).
/// </summary>
public interface IEditorDriver
{
    /// <summary>The field kind (<see cref="ContentFields.FieldKinds"/>) or part name (<see cref="ContentParts.PartNames"/>).</summary>
    string Kind { get; }

    /// <summary>Fills <see cref="EditorModel.Values"/> from the stored value (null for a new item).</summary>
    void Show(EditorModel model, JsonNode? stored);

    /// <summary>The value to store from <see cref="EditorModel.Values"/> (the posted inputs).</summary>
    JsonNode? Bind(EditorModel model);

    /// <summary>Fills <see cref="EditorModel.Choices"/> (options, terms, titles of picked items) once values are known.</summary>
    Task LoadChoicesAsync(EditorModel model, CancellationToken cancellationToken) => Task.CompletedTask;
}
