using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using PesTor.Users.Services;

namespace PesTor.Users.Pages.Account;

/// <summary>The link from the verification e-mail: confirms the address when the token is valid for that account.</summary>
public sealed partial class ConfirmEmailModel(UserManager<PesTorUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? uzytkownik, string? kod)
    {
        var token = AccountMailer.DecodeToken(kod);
        var user = string.IsNullOrEmpty(uzytkownik) ? null : await users.FindByIdAsync(uzytkownik);
        if (user is null || token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (Confirmed)
        {
            LogConfirmed(logger, user.UserName!);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    [LoggerMessage(11, LogLevel.Information, "Account {UserName} confirmed its e-mail address")]
    private static partial void LogConfirmed(ILogger logger, string userName);
}
