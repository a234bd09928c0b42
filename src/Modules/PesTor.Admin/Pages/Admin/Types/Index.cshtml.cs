using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Types;

/// <summary>The content types, with a link to add a field to each (for callers who manage definitions).</summary>
[Authorize(Policy = PermissionPolicies.ManageDefinitions)]
public sealed class TypesModel(IContentDefinitionManager definitions) : PageModel
{
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Types = [.. (await definitions.GetDocumentAsync(cancellationToken)).ContentTypes.OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];
}
