using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PesTor.Admin.Pages.Errors;

/// <summary>
/// Where the sign-in cookie sends a signed-in caller who lacks a permission: answers 403 and says what happened and what
/// to do, instead of a bare status code.
/// </summary>
public sealed class AccessDeniedModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
