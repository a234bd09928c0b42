namespace PesTor.Users.Services;

/// <summary>What the registration form posts.</summary>
// An empty field arrives as null from model binding; the form keeps it as "" so checks read plainly.
public sealed class RegistrationForm
{
    public string UserName { get; set => field = value ?? ""; } = "";

    public string FullName { get; set => field = value ?? ""; } = "";

    public string Email { get; set => field = value ?? ""; } = "";

    public string AccountType { get; set => field = value ?? ""; } = "";

    public string Password { get; set => field = value ?? ""; } = "";

    public string PasswordConfirmation { get; set => field = value ?? ""; } = "";
}
