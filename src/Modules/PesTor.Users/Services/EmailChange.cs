using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.Email;

namespace PesTor.Users.Services;

/// <summary>
/// Moving an account to another e-mail address in two steps. The request (current password required, counted towards the
/// lockout like a sign-in) sends a confirmation link to the new address and a notice to the old one; nothing changes yet.
/// Following the link sets the new address as confirmed and renews the security stamp, which ends the account's other
/// sessions (the address is where password resets go, so it is guarded like the password).
/// </summary>
public sealed partial class EmailChange(
    UserManager<PesTorUser> users,
    SignInManager<PesTorUser> signIn,
    AccountMailer mailer,
    IOptions<IdentityOptions> identity,
    IStringLocalizer<AccountTexts> T,
    ILogger<EmailChange> logger)
{
    public async Task<FormErrors> RequestAsync(PesTorUser user, EmailChangeForm form, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var newEmail = form.NewEmail.Trim();
        if (newEmail.Length == 0)
        {
            errors.Add(nameof(form.NewEmail), T["Podaj adres e-mail."]);
        }
        else if (!new EmailAddressAttribute().IsValid(newEmail) || newEmail.Length > 256)
        {
            errors.Add(nameof(form.NewEmail), T["Podaj poprawny adres e-mail."]);
        }
        else if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(form.NewEmail), T["To jest obecny adres tego konta."]);
        }
        else if (await users.FindByEmailAsync(newEmail) is not null)
        {
            errors.Add(nameof(form.NewEmail), T["Konto z tym adresem e-mail już istnieje."]);
        }

        var password = await signIn.CheckPasswordSignInAsync(user, form.CurrentPassword, lockoutOnFailure: true);
        if (password.IsLockedOut)
        {
            var lockout = identity.Value.Lockout;
            errors.Add(nameof(form.CurrentPassword), T["Konto jest zablokowane po {0} nieudanych próbach logowania lub przez administratora. Spróbuj ponownie za {1} minut albo ustaw nowe hasło.",
                lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        }
        else if (!password.Succeeded)
        {
            errors.Add(nameof(form.CurrentPassword), T["Obecne hasło jest inne."]);
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        try
        {
            await mailer.SendEmailChangeAsync(user, newEmail, cancellationToken);
        }
        catch (EmailDeliveryException)
        {
            // The sender logged the details; nothing was changed, so the account holder can simply try again.
            errors.Add("", T["Nie udało się wysłać wiadomości na nowy adres. Adres konta pozostał bez zmian; spróbuj ponownie później."]);
            return errors;
        }

        try
        {
            await mailer.SendEmailChangeNoticeAsync(user, newEmail, cancellationToken);
        }
        catch (EmailDeliveryException)
        {
            // The link reached the new address, which is what the change needs; the old mailbox only misses a courtesy notice.
            LogNoticeUndelivered(logger, user.UserName!);
        }

        LogRequested(logger, user.UserName!);
        return errors;
    }

    /// <summary>Applies the change the link stands for; false when the link is broken, expired, used, or the address got taken.</summary>
    public async Task<bool> ConfirmAsync(string? userId, string? newEmail, string? code)
    {
        var token = AccountMailer.DecodeToken(code);
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null || string.IsNullOrWhiteSpace(newEmail))
        {
            return false;
        }

        var result = await users.ChangeEmailAsync(user, newEmail, token);
        if (!result.Succeeded)
        {
            return false;
        }

        LogChanged(logger, user.UserName!);
        return true;
    }

    [LoggerMessage(15, LogLevel.Information, "Account {UserName} asked to change its e-mail address; a confirmation link went to the new address")]
    private static partial void LogRequested(ILogger logger, string userName);

    [LoggerMessage(16, LogLevel.Information, "Account {UserName} confirmed its new e-mail address; other sessions end")]
    private static partial void LogChanged(ILogger logger, string userName);

    [LoggerMessage(17, LogLevel.Information, "Account {UserName}: the notice of an e-mail change could not reach the old address")]
    private static partial void LogNoticeUndelivered(ILogger logger, string userName);
}
