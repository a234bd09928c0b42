using System.Text.Json.Nodes;
using PesTor.ContentFields;
using PesTor.ContentManagement;

namespace PesTor.Admin.Editors.Fields;

/// <summary>
/// ContentPicker: the picked items as checkboxes (unchecking removes one) and a search that adds more, over the picker
/// search endpoint (types from the field's settings; the content query decides what the caller may see).
/// </summary>
public sealed class ContentPickerFieldEditor(IContentManager contents) : IEditorDriver
{
    public string Kind => FieldKinds.ContentPicker;

    public void Show(EditorModel model, JsonNode? stored) =>
        model.Values[""] = [.. EditorInputs.Read<ContentPickerField>(stored)?.ContentItemIds ?? []];

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new ContentPickerField { ContentItemIds = EditorInputs.List(model) });

    public async Task LoadChoicesAsync(EditorModel model, CancellationToken cancellationToken)
    {
        var ids = EditorInputs.List(model);
        var items = await contents.GetManyAsync(ids, VersionOptions.Latest, cancellationToken);
        var titles = items.ToDictionary(i => i.ContentItemId, i => i.DisplayText, StringComparer.Ordinal);
        model.Choices.AddRange(ids.Select(id => new EditorChoice(id, titles.TryGetValue(id, out var title) ? title : id)));
    }
}
