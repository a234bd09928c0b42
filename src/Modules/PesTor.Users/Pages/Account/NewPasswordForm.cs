namespace PesTor.Users.Pages.Account;

public sealed class NewPasswordForm
{
    public string CurrentPassword { get; set; } = "";

    public string Password { get; set; } = "";

    public string PasswordConfirmation { get; set; } = "";
}
