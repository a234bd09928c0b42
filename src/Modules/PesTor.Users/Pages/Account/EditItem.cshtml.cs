using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.ContentManagement;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>
/// The simple form for one of the caller's items: a new one (<c>?typ=Offer</c>) or an existing one (<c>?id=</c>). An item
/// the caller may not edit answers 404, whoever's it is.
/// </summary>
[Authorize]
public sealed partial class EditItemModel(MyContent mine, IContentManager contents) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? Type { get; set; }

    [BindProperty]
    public MyItemForm Input { get; set; } = new();

    public bool CanPublish { get; private set; }

    public IReadOnlyList<(string Id, string Name)> Entities { get; private set; } = [];

    /// <summary>The description as plain text for the textarea (the item keeps it as paragraphs of HTML).</summary>
    public string? DescriptionText { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Id is not null && await mine.GetEditableAsync(Id, cancellationToken) is { } item)
        {
            Input = MyContent.ToForm(item);
            DescriptionText = PlainText(Input.Description);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? zapis, CancellationToken cancellationToken)
    {
        if (!await PrepareAsync(cancellationToken))
        {
            return NotFound();
        }

        var publish = zapis == "publikuj" && CanPublish;
        var (errors, item) = await mine.SaveAsync(Id, Id is null ? Type : null, Input, publish, cancellationToken);
        if (errors.IsEmpty)
        {
            var done = publish ? "opublikowano" : await mine.CanPublishAsync(item!, cancellationToken) ? "szkic" : "moderacja";
            return Redirect($"/konto/moje?zrobione={done}");
        }

        ModelState.AddFormErrors(errors);
        DescriptionText = Input.Description;
        return Page();
    }

    private async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        if (Id is not null)
        {
            if (await mine.GetEditableAsync(Id, cancellationToken) is not { } item)
            {
                return false;
            }

            Type = item.ContentType;
            CanPublish = await mine.CanPublishAsync(item, cancellationToken);
        }
        else
        {
            if (Type is null || !mine.CreatableTypes.Contains(Type))
            {
                return false;
            }

            // A new item is the caller's own: publishing it needs PublishOwn for its type, checked on a blank item of theirs.
            var blank = await contents.NewAsync(Type, cancellationToken);
            blank.Owner = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
            CanPublish = await mine.CanPublishAsync(blank, cancellationToken);
        }

        var entities = await contents.GetManyAsync(mine.RepresentedEntityIds, VersionOptions.Latest, cancellationToken);
        Entities = [.. entities.Select(e => (e.ContentItemId, e.DisplayText))];
        return true;
    }

    private static string? PlainText(string? html) => html is null ? null
        : WebUtility.HtmlDecode(Tags().Replace(html.Replace("</p><p>", "\n\n").Replace("<br>", "\n"), ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
