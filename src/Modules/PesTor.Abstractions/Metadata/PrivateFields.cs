using PesTor.ContentFields;

namespace PesTor.Metadata;

/// <summary>
/// Fields no public surface may show or filter on. An e-mail field holds a person's address (a resident's need, a
/// response's sender), which is never public; an organisation's public contact lives in its ContactPart instead.
/// One rule, read by the public pages and by GraphQL alike.
/// </summary>
public static class PrivateFields
{
    public static bool IsPrivate(ContentPartFieldDefinition field) =>
        field.FieldKind == FieldKinds.Text
        && field.Settings["Editor"] is System.Text.Json.Nodes.JsonValue editor
        && editor.TryGetValue<string>(out var name)
        && string.Equals(name, nameof(TextEditor.Email), StringComparison.OrdinalIgnoreCase);
}
