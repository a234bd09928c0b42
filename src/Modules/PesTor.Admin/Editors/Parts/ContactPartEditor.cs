using System.Text.Json.Nodes;
using PesTor.ContentParts;

namespace PesTor.Admin.Editors.Parts;

public sealed class ContactPartEditor : IEditorDriver
{
    public string Kind => PartNames.Contact;

    public void Show(EditorModel model, JsonNode? stored)
    {
        var contact = EditorInputs.Read<ContactPart>(stored);
        model.Set("Phone", contact?.Phone);
        model.Set("Email", contact?.Email);
        model.Set("Website", contact?.Website);
    }

    public JsonNode? Bind(EditorModel model) => EditorInputs.Write(new ContactPart
    {
        Phone = EditorInputs.Text(model, "Phone"),
        Email = EditorInputs.Text(model, "Email"),
        Website = EditorInputs.Text(model, "Website"),
    });
}
