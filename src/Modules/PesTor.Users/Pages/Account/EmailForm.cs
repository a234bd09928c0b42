namespace PesTor.Users.Pages.Account;

public sealed class EmailForm
{
    public string Email { get; set; } = "";
}
