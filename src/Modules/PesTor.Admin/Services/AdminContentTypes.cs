using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Admin.Services;

/// <summary>The listable content types the caller may see (for lists and counts) or create (for "new" links), by display name.</summary>
public sealed class AdminContentTypes(IContentDefinitionManager definitions, IContentAuthorizer authorizer, ICallerAccessor caller)
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> AllowedAsync(ContentAction action, CancellationToken cancellationToken)
    {
        var document = await definitions.GetDocumentAsync(cancellationToken);
        var allowed = new List<ContentTypeDefinition>();
        foreach (var type in document.ContentTypes.Where(t => t.Settings.Listable))
        {
            if (await authorizer.GetAccessAsync(caller.Caller, action, type.Name, cancellationToken) != ContentAccessLevel.None)
            {
                allowed.Add(type);
            }
        }

        return [.. allowed.OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];
    }
}
