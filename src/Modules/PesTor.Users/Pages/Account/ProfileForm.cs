namespace PesTor.Users.Pages.Account;

public sealed class ProfileForm
{
    public string FullName { get; set; } = "";
}
