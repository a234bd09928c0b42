using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace PesTor.Users.Services;

/// <summary>Identity's errors (English, by code) as the form field they belong to and a localized message.</summary>
internal static class IdentityErrorTexts
{
    public static (string Field, string Message) Describe(IdentityError error, IStringLocalizer<AccountTexts> T) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => ("UserName", T["Ten login jest już zajęty."]),
        nameof(IdentityErrorDescriber.InvalidUserName) => ("UserName", T["Login może zawierać tylko litery, cyfry, - i _."]),
        nameof(IdentityErrorDescriber.DuplicateEmail) => ("Email", T["Konto z tym adresem e-mail już istnieje."]),
        nameof(IdentityErrorDescriber.InvalidEmail) => ("Email", T["Podaj poprawny adres e-mail."]),
        nameof(IdentityErrorDescriber.PasswordTooShort) => ("Password", T["Hasło musi mieć co najmniej 7 znaków."]),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => ("Password", T["Hasło musi zawierać cyfrę."]),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => ("Password", T["Hasło musi zawierać małą literę."]),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => ("Password", T["Hasło musi zawierać wielką literę."]),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => ("Password", T["Hasło musi zawierać znak inny niż litera i cyfra."]),
        nameof(IdentityErrorDescriber.PasswordMismatch) => ("CurrentPassword", T["Obecne hasło jest inne."]),
        nameof(IdentityErrorDescriber.InvalidToken) => ("", T["Łącze jest nieważne lub wygasło. Poproś o nowe."]),
        _ => ("", error.Description),
    };
}
