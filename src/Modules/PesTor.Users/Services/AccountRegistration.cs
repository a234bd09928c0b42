using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.Data;
using PesTor.Email;

namespace PesTor.Users.Services;

/// <summary>
/// Registration by SPEC §1: login of at least 4 letters, digits, '-' or '_'; password of at least 7 characters typed twice
/// (Identity adds digit, upper, lower and symbol); full name; e-mail, verified by a link; one of the three account types.
/// The account, its role and type and the verification e-mail are one step: if the message cannot be sent nothing is kept.
/// </summary>
public sealed partial class AccountRegistration(
    UserManager<PesTorUser> users,
    RoleManager<PesTorRole> roles,
    IUnitOfWork unitOfWork,
    AccountMailer mailer,
    IStringLocalizer<AccountTexts> T,
    ILogger<AccountRegistration> logger)
{
    public async Task<FormErrors> RegisterAsync(RegistrationForm form, CancellationToken cancellationToken)
    {
        var errors = Validate(form);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var user = new PesTorUser { UserName = form.UserName.Trim(), Email = form.Email.Trim(), FullName = form.FullName.Trim(), CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var (field, message) = IdentityErrorTexts.Describe(error, T);
                errors.Add(field, message);
            }

            return errors;
        }

        await users.AddClaimAsync(user, new Claim(AccountTypes.ClaimType, form.AccountType));
        if (AccountTypes.RoleFor(form.AccountType) is { } role && await roles.RoleExistsAsync(role))
        {
            await users.AddToRoleAsync(user, role);
        }

        try
        {
            await mailer.SendConfirmationAsync(user, cancellationToken);
        }
        catch (EmailDeliveryException)
        {
            // The sender logged the details; the visitor may try again later and nothing of this attempt is kept.
            errors.Add("", T["Nie udało się wysłać wiadomości z łączem potwierdzającym. Konto nie zostało założone; spróbuj ponownie później."]);
            return errors;
        }

        await transaction.CommitAsync(cancellationToken);
        LogRegistered(logger, user.UserName, form.AccountType);
        return errors;
    }

    private FormErrors Validate(RegistrationForm form)
    {
        var errors = new FormErrors();
        var userName = form.UserName.Trim();
        if (userName.Length < 4)
        {
            errors.Add(nameof(form.UserName), T["Login musi mieć co najmniej 4 znaki."]);
        }
        else if (!LoginPattern().IsMatch(userName))
        {
            errors.Add(nameof(form.UserName), T["Login może zawierać tylko litery, cyfry, - i _."]);
        }

        if (string.IsNullOrWhiteSpace(form.FullName))
        {
            errors.Add(nameof(form.FullName), T["Podaj imię i nazwisko."]);
        }
        else if (form.FullName.Trim().Length > 200)
        {
            errors.Add(nameof(form.FullName), T["Imię i nazwisko może mieć najwyżej 200 znaków."]);
        }

        if (string.IsNullOrWhiteSpace(form.Email))
        {
            errors.Add(nameof(form.Email), T["Podaj adres e-mail."]);
        }
        else if (!new EmailAddressAttribute().IsValid(form.Email.Trim()) || form.Email.Trim().Length > 256)
        {
            errors.Add(nameof(form.Email), T["Podaj poprawny adres e-mail."]);
        }

        if (!AccountTypes.All.Contains(form.AccountType))
        {
            errors.Add(nameof(form.AccountType), T["Wybierz rodzaj konta."]);
        }

        if (form.Password.Length < 7)
        {
            errors.Add(nameof(form.Password), T["Hasło musi mieć co najmniej 7 znaków."]);
        }

        if (form.Password != form.PasswordConfirmation)
        {
            errors.Add(nameof(form.PasswordConfirmation), T["Hasła nie są takie same."]);
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex LoginPattern();

    [LoggerMessage(10, LogLevel.Information, "Account {UserName} registered as {AccountType}; verification e-mail sent")]
    private static partial void LogRegistered(ILogger logger, string userName, string accountType);
}
