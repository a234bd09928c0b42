namespace PesTor.Users.Pages.Account;

// An empty field arrives as null from model binding; the form keeps it as "" so checks read plainly.
public sealed class NewPasswordForm
{
    public string CurrentPassword { get; set => field = value ?? ""; } = "";

    public string Password { get; set => field = value ?? ""; } = "";

    public string PasswordConfirmation { get; set => field = value ?? ""; } = "";
}
