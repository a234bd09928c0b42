using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Theme.Services;

namespace PesTor.Theme.Pages;

/// <summary>
/// The site's error page, shown by <see cref="SiteErrorPages"/> at <c>/blad/{code}</c> for an unhandled error (500) or a
/// status without a body (404, ...). It shows the correlation id the logs carry for the request. Asked for directly,
/// the page is simply not there.
/// </summary>
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string CorrelationId { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<SiteErrorFeature>() is not { } error)
        {
            return NotFound();
        }

        Code = error.StatusCode;
        CorrelationId = SiteErrorPages.CorrelationId(HttpContext);
        Response.StatusCode = Code;
        return Page();
    }
}
