namespace PesTor.Users.Services;

/// <summary>What the registration form posts.</summary>
public sealed class RegistrationForm
{
    public string UserName { get; set; } = "";

    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public string AccountType { get; set; } = "";

    public string Password { get; set; } = "";

    public string PasswordConfirmation { get; set; } = "";
}
