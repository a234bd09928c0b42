namespace PesTor.Users.Pages.Account;

// An empty field arrives as null from model binding; the form keeps it as "" so checks read plainly.
public sealed class EmailForm
{
    public string Email { get; set => field = value ?? ""; } = "";
}
