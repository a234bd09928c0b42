namespace PesTor.Users.Services;

/// <summary>An account an administrator creates (the address counts as verified: the administrator vouches for it).</summary>
public sealed class NewUserForm
{
    public string UserName { get; set; } = "";

    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string PasswordConfirmation { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
