using System.Text.Json.Nodes;
using PesTor.ContentFields;

namespace PesTor.Admin.Editors.Fields;

/// <summary>Text: a line, a multi-line box, a choice of options or an e-mail input, as the field's Editor setting says.</summary>
public sealed class TextFieldEditor : IEditorDriver
{
    public string Kind => FieldKinds.Text;

    public void Show(EditorModel model, JsonNode? stored) => model.Set("", EditorInputs.Read<TextField>(stored)?.Text);

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new TextField { Text = EditorInputs.Text(model) });

    public Task LoadChoicesAsync(EditorModel model, CancellationToken cancellationToken)
    {
        var settings = model.Settings.Deserialize<TextFieldSettings>();
        model.Choices.AddRange(settings.Options.Select(o => new EditorChoice(o.Value, o.Label ?? o.Value)));
        return Task.CompletedTask;
    }
}
