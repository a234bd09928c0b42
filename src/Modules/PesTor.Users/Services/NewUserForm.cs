namespace PesTor.Users.Services;

/// <summary>An account an administrator creates (the address counts as verified: the administrator vouches for it).</summary>
// An empty field arrives as null from model binding; the form keeps it as "" so checks read plainly.
public sealed class NewUserForm
{
    public string UserName { get; set => field = value ?? ""; } = "";

    public string FullName { get; set => field = value ?? ""; } = "";

    public string Email { get; set => field = value ?? ""; } = "";

    public string Password { get; set => field = value ?? ""; } = "";

    public string PasswordConfirmation { get; set => field = value ?? ""; } = "";

    public List<string> Roles { get; set; } = [];
}
