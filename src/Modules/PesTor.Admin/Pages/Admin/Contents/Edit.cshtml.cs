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

/// <summary>
/// An item's latest version in the editor built from its definition. Saving a published item makes a new draft version
/// (the published one stays until "Publish"); every save is checked against the caller's permissions and the version
/// the form was loaded from.
/// </summary>
[Authorize(Policy = PermissionPolicies.AccessAdmin)]
public sealed class EditModel(
    IContentManager contents,
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    ICallerAccessor caller,
    EditorSession session,
    IStringLocalizer<AdminText> T) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "zapisano")]
    public string? Saved { get; set; }

    public ContentItem Item { get; private set; } = new();

    public ContentTypeDefinition Type { get; private set; } = new();

    public bool HasPublishedVersion { get; private set; }

    public bool CanDelete { get; private set; }

    public EditorForm Form { get; private set; } = new([], new Dictionary<string, string>());

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, VersionOptions.Latest, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = await session.ShowAsync(Type, Item, await CanPublishAsync(cancellationToken), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? submit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, VersionOptions.DraftRequired, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Form = await session.BindAsync(Type, Item, Request.Form, await CanPublishAsync(cancellationToken), cancellationToken);
        if (EditorSession.HasInputErrors(Form))
        {
            return Page();
        }

        Item.ConcurrencyStamp = Form.ConcurrencyStamp ?? "";
        try
        {
            await contents.UpdateAsync(Item, cancellationToken);
            if (submit != "publish")
            {
                return Redirect($"{AdminUrls.Edit(id)}?zapisano=szkic");
            }

            var latest = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
            var published = latest is not null && await contents.PublishAsync(latest, cancellationToken);
            return Redirect($"{AdminUrls.Edit(id)}?zapisano={(published ? "opublikowano" : "wstrzymano")}");
        }
        catch (ContentValidationException ex)
        {
            Form = session.WithErrors(Form, ex.Errors);
        }
        catch (ContentConcurrencyException)
        {
            Form = EditorSession.WithError(Form, T["Ktoś zapisał ten element w międzyczasie. Otwórz go ponownie, aby zobaczyć zmiany, i nanieś swoje jeszcze raz."]);
        }
        catch (ContentAccessDeniedException)
        {
            Form = EditorSession.WithError(Form, T["Nie masz uprawnień, aby zapisać ten element w ten sposób."]);
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, VersionOptions options, CancellationToken cancellationToken)
    {
        var latest = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!await authorizer.IsAllowedAsync(caller.Caller, ContentAction.Edit, latest, cancellationToken)
            || await definitions.GetTypeDefinitionAsync(latest.ContentType, cancellationToken) is not { } type)
        {
            return Forbid();
        }

        Type = type;
        Item = options == VersionOptions.Latest ? latest : await contents.GetAsync(id, options, cancellationToken) ?? latest;
        HasPublishedVersion = latest.Published || await contents.GetAsync(id, VersionOptions.Published, cancellationToken) is not null;
        CanDelete = await authorizer.IsAllowedAsync(caller.Caller, ContentAction.Delete, latest, cancellationToken);
        return null;
    }

    private Task<bool> CanPublishAsync(CancellationToken cancellationToken) =>
        authorizer.IsAllowedAsync(caller.Caller, ContentAction.Publish, Item, cancellationToken);
}
