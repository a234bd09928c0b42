namespace PesTor.Users.Pages.Account;

public sealed class LoginForm
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
