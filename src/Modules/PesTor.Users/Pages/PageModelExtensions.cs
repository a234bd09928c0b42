using Microsoft.AspNetCore.Mvc.ModelBinding;
using PesTor.Users.Services;

namespace PesTor.Users.Pages;

internal static class PageModelExtensions
{
    /// <summary>Puts service-layer errors into the model state under the form's prefix ("" stays form-wide).</summary>
    public static void AddFormErrors(this ModelStateDictionary modelState, FormErrors errors)
    {
        foreach (var (field, message) in errors.All)
        {
            modelState.AddModelError(field.Length == 0 ? "" : "Input." + field, message);
        }
    }

    /// <summary>A local return address, or the fallback: sign-in never sends anyone to another site.</summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl : fallback;
}
