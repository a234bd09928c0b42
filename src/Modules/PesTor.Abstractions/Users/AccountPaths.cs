namespace PesTor.Users;

/// <summary>Addresses of the account pages other modules link to and the sign-in cookie redirects to.</summary>
public static class AccountPaths
{
    public const string Login = "/konto/logowanie";

    /// <summary>A page that explains the 403 to a signed-in caller without the permission.</summary>
    public const string AccessDenied = "/odmowa-dostepu";
}
