using System.Text.Json.Nodes;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Contents.Endpoints;

/// <summary>
/// Takes private fields (<see cref="PrivateFields"/>: e-mail addresses of people) out of items a caller may read but not
/// edit, so the headless API never hands a resident's address to a visitor. Editors of the item still see it.
/// </summary>
internal sealed class PrivateFieldRedactor(IContentDefinitionManager definitions, IContentAuthorizer authorizer, ICallerAccessor callers)
{
    public async Task<JsonObject> WriteAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var json = ContentItemJson.Write(item);
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var type = document.FindType(item.ContentType);
        if (type is null || await authorizer.IsAllowedAsync(callers.Caller, ContentAction.Edit, item, cancellationToken))
        {
            return json;
        }

        foreach (var typePart in type.Parts)
        {
            if (document.FindPart(typePart.PartName) is not { } part || json[typePart.Name] is not JsonObject values)
            {
                continue;
            }

            foreach (var field in part.Fields.Where(PrivateFields.IsPrivate))
            {
                values.Remove(field.Name);
            }
        }

        return json;
    }
}
