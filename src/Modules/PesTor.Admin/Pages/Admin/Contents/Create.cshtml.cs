using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PesTor.Admin.Editors;
using PesTor.Admin.Services;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.Admin.Pages.Admin.Contents;

/// <summary>A new item of a type, in the editor built from its definition; saved as a draft or published.</summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class CreateModel(
    IContentManager contents,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    ICallerAccessor caller,
    EditorSession session,
    IStringLocalizer<AdminText> T) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = new();

    public EditorForm Form { get; private set; } = new([], new Dictionary<string, string>());

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (await LoadTypeAsync(type, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var item = await contents.NewAsync(type, cancellationToken);
        Form = await session.ShowAsync(Type, item, await CanPublishAsync(cancellationToken), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string type, string? submit, CancellationToken cancellationToken)
    {
        if (await LoadTypeAsync(type, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var item = await contents.NewAsync(type, cancellationToken);
        var publish = submit == "publish";
        Form = await session.BindAsync(Type, item, Request.Form, await CanPublishAsync(cancellationToken), cancellationToken);
        if (EditorSession.HasInputErrors(Form))
        {
            return Page();
        }

        try
        {
            await contents.CreateAsync(item, publish, cancellationToken);
            return Redirect($"{AdminUrls.Edit(item.ContentItemId)}?zapisano={(publish ? "opublikowano" : "szkic")}");
        }
        catch (ContentValidationException ex)
        {
            Form = session.WithErrors(Form, ex.Errors);
        }
        catch (ContentAccessDeniedException)
        {
            Form = EditorSession.WithError(Form, T["Nie masz uprawnień, aby zapisać ten element w ten sposób."]);
        }

        return Page();
    }

    private async Task<IActionResult?> LoadTypeAsync(string type, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeDefinitionAsync(type, cancellationToken) is not { Settings.Creatable: true } definition)
        {
            return NotFound();
        }

        Type = definition;
        return await authorizer.GetAccessAsync(caller.Caller, ContentAction.Edit, type, cancellationToken) == ContentAccessLevel.None ? Forbid() : null;
    }

    private async Task<bool> CanPublishAsync(CancellationToken cancellationToken) =>
        await authorizer.GetAccessAsync(caller.Caller, ContentAction.Publish, Type.Name, cancellationToken) != ContentAccessLevel.None;
}
