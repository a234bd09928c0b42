using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PesTor.Admin.Services;
using PesTor.ContentManagement;
using PesTor.Metadata;

namespace PesTor.Admin.Editors;

/// <summary>
/// The steps the create and edit pages share: show an item's editors, bind a post onto an item, and turn the content
/// manager's validation errors into messages next to the fields.
/// </summary>
public sealed class EditorSession(ContentEditor editor, ValidationMessages messages, IOptions<AdminEditorOptions> options)
{
    public async Task<EditorForm> ShowAsync(ContentTypeDefinition type, ContentItem item, bool canPublish, CancellationToken cancellationToken) =>
        new(await editor.ShowAsync(type, item, cancellationToken), options.Value.Views)
        {
            ConcurrencyStamp = item.ConcurrencyStamp,
            CanPublish = canPublish,
        };

    public async Task<EditorForm> BindAsync(ContentTypeDefinition type, ContentItem item, IFormCollection form, bool canPublish, CancellationToken cancellationToken) =>
        new(await editor.BindAsync(type, item, form, cancellationToken), options.Value.Views)
        {
            ConcurrencyStamp = form["ConcurrencyStamp"].ToString(),
            CanPublish = canPublish,
        };

    public static bool HasInputErrors(EditorForm form) => form.Editors.Any(e => e.Errors.Count > 0);

    /// <summary>The form again, with the content manager's errors placed on their editors.</summary>
    public EditorForm WithErrors(EditorForm form, IEnumerable<ContentValidationError> errors)
    {
        var unplaced = ContentEditor.PlaceErrors(form.Editors, errors, messages.Translate);
        return form with { Errors = [.. unplaced.Select(e => messages.Translate(e.Message))] };
    }

    public static EditorForm WithError(EditorForm form, string message) => form with { Errors = [.. form.Errors, message] };
}
