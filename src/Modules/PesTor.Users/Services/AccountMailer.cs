using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PesTor.Email;

namespace PesTor.Users.Services;

/// <summary>
/// The account e-mails: address verification and password reset, each with a one-time Identity token in a link to the
/// site. Links go to <see cref="AccountOptions.PublicBaseUrl"/> when set (so a forged Host header cannot redirect them).
/// </summary>
public sealed class AccountMailer(
    UserManager<PesTorUser> users,
    IEmailSender sender,
    IOptions<AccountOptions> options,
    IHttpContextAccessor http,
    IStringLocalizer<AccountTexts> T)
{
    public const string ConfirmEmailPath = "/konto/potwierdz-email";
    public const string ResetPasswordPath = "/konto/nowe-haslo";
    public const string ConfirmEmailChangePath = "/konto/potwierdz-zmiane-email";

    public async Task SendConfirmationAsync(PesTorUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link(ConfirmEmailPath, user.Id, token);
        await sender.SendAsync(new EmailMessage(user.Email!, T["Potwierdź adres e-mail w PES-TOR"],
            T["Dzień dobry {0},\n\naby dokończyć rejestrację konta {1}, otwórz łącze:\n{2}\n\nJeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.", user.FullName ?? user.UserName!, user.UserName!, link]),
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(PesTorUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link(ResetPasswordPath, user.Id, token);
        await sender.SendAsync(new EmailMessage(user.Email!, T["Ustaw nowe hasło w PES-TOR"],
            T["Dzień dobry {0},\n\naby ustawić nowe hasło do konta {1}, otwórz łącze (ważne jeden dzień):\n{2}\n\nJeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość; hasło pozostanie bez zmian.", user.FullName ?? user.UserName!, user.UserName!, link]),
            cancellationToken);
    }

    /// <summary>
    /// The link that moves the account to <paramref name="newEmail"/> goes to that address only: following it proves the
    /// new mailbox is the account holder's. Identity's change-email token is bound to the new address.
    /// </summary>
    public async Task SendEmailChangeAsync(PesTorUser user, string newEmail, CancellationToken cancellationToken)
    {
        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        var link = Link(ConfirmEmailChangePath, user.Id, token) + "&email=" + Uri.EscapeDataString(newEmail);
        await sender.SendAsync(new EmailMessage(newEmail, T["Potwierdź nowy adres e-mail w PES-TOR"],
            T["Dzień dobry {0},\n\naby konto {1} używało odtąd tego adresu, otwórz łącze (ważne jeden dzień):\n{2}\n\nJeśli to nie Ty prosiłeś o zmianę, zignoruj tę wiadomość; adres konta pozostanie bez zmian.", user.FullName ?? user.UserName!, user.UserName!, link]),
            cancellationToken);
    }

    /// <summary>The old address hears of the request, so a taken-over session cannot move the account away unnoticed.</summary>
    public Task SendEmailChangeNoticeAsync(PesTorUser user, string newEmail, CancellationToken cancellationToken) =>
        sender.SendAsync(new EmailMessage(user.Email!, T["Prośba o zmianę adresu e-mail w PES-TOR"],
            T["Dzień dobry {0},\n\nktoś zalogowany na konto {1} poprosił o zmianę jego adresu e-mail na {2}. Zmiana nastąpi dopiero po otwarciu łącza wysłanego na nowy adres.\n\nJeśli to nie Ty, zmień hasło i napisz do administratora serwisu.", user.FullName ?? user.UserName!, user.UserName!, newEmail]),
            cancellationToken);

    /// <summary>Tokens travel base64url-encoded (Identity's tokens contain '+' and '/').</summary>
    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Link(string path, string userId, string token)
    {
        var request = http.HttpContext?.Request;
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/')
            ?? (request is null ? throw new InvalidOperationException("Set PesTor:Accounts:PublicBaseUrl to send account e-mail outside a request.") : $"{request.Scheme}://{request.Host}{request.PathBase}");
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "&lang=en" : "";
        return $"{baseUrl}{path}?uzytkownik={Uri.EscapeDataString(userId)}&kod={code}{language}";
    }
}
