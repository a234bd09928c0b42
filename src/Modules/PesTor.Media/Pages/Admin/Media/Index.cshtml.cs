using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PesTor.Media.Models;
using PesTor.Media.Services;

namespace PesTor.Media.Pages.Admin.Media;

/// <summary>
/// The media library in the admin (<c>/admin/media</c>): upload, search, list with thumbnails, delete. Needs ManageMedia;
/// the library service checks it again for every action. Uploads and deletions answer with a redirect (the message survives
/// in TempData), a refused upload with the page and the reason next to the file input.
/// </summary>
public sealed class IndexModel(MediaLibrary library, IOptions<MediaOptions> options) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(100)]
    public string? Search { get; set; }

    // Not "page": that is the Razor Pages route value naming the page itself.
    [BindProperty(SupportsGet = true, Name = "strona")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public MediaOptions Limits => options.Value;

    public bool English => MediaTexts.IsEnglish;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await DeniedAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (await DeniedAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), MediaTexts.Get("NoFile"));
            await LoadAsync(cancellationToken);
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var result = await library.UploadAsync(stream, Upload.FileName, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), result.Error!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = MediaTexts.Get("Uploaded", result.File!.FileName);
        return RedirectToPage("/Admin/Media/Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string path, CancellationToken cancellationToken)
    {
        if (await DeniedAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        var deleted = await library.DeleteAsync(path ?? "", cancellationToken);
        Message = deleted is null ? MediaTexts.Get("NotFound") : MediaTexts.Get("Deleted", deleted.FileName);
        return RedirectToPage("/Admin/Media/Index", new { q = Search, strona = PageNumber });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        (Files, Total) = await library.ListAsync(Search is { Length: <= 100 } ? Search : null, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
    }

    private async Task<IActionResult?> DeniedAsync(CancellationToken cancellationToken) =>
        User.Identity?.IsAuthenticated != true ? Challenge()
        : !await library.CanManageAsync(cancellationToken) ? Forbid()
        : null;
}
