using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using PesTor.Setup;

namespace PesTor.Recipes.Setup;

/// <summary>Checks a setup request before anything is touched; messages are per field, in the setup screen's language.</summary>
internal static partial class SetupRequestValidator
{
    public static SetupResult Validate(SetupRequest request, PasswordOptions password, SetupTexts texts)
    {
        var result = new SetupResult();
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            result.Fail(nameof(request.SiteName), texts["SiteNameRequired"]);
        }
        else if (request.SiteName.Length > 100)
        {
            result.Fail(nameof(request.SiteName), texts["SiteNameTooLong"]);
        }

        if (!UserName().IsMatch(request.AdminUserName ?? ""))
        {
            result.Fail(nameof(request.AdminUserName), texts["UserNameRule"]);
        }

        if (!IsEmail(request.AdminEmail))
        {
            result.Fail(nameof(request.AdminEmail), texts["EmailInvalid"]);
        }

        foreach (var problem in PasswordProblems(request.AdminPassword ?? "", password, texts))
        {
            result.Fail(nameof(request.AdminPassword), problem);
        }

        if (request.PasswordConfirmation is not null && request.PasswordConfirmation != request.AdminPassword)
        {
            result.Fail(nameof(request.PasswordConfirmation), texts["PasswordsDiffer"]);
        }

        if (!string.Equals(request.DatabaseProvider, DatabaseChoice.Sqlite, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(request.DatabaseProvider, DatabaseChoice.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            result.Fail(nameof(request.DatabaseProvider), texts["DatabaseUnknown"]);
        }

        return result;
    }

    private static IEnumerable<string> PasswordProblems(string value, PasswordOptions options, SetupTexts texts)
    {
        if (value.Length < options.RequiredLength)
        {
            yield return texts.Format("PasswordLength", options.RequiredLength);
        }

        if (options.RequireDigit && !value.Any(char.IsDigit))
        {
            yield return texts["PasswordDigit"];
        }

        if (options.RequireLowercase && !value.Any(char.IsLower))
        {
            yield return texts["PasswordLower"];
        }

        if (options.RequireUppercase && !value.Any(char.IsUpper))
        {
            yield return texts["PasswordUpper"];
        }

        if (options.RequireNonAlphanumeric && value.All(char.IsLetterOrDigit))
        {
            yield return texts["PasswordSymbol"];
        }
    }

    private static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254)
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var address) && address.Address == value;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{4,64}$")]
    private static partial Regex UserName();
}
