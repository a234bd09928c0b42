namespace PesTor.Users.Services;

// An empty field arrives as null from model binding; the form keeps it as "" so checks read plainly.
public sealed class EmailChangeForm
{
    public string NewEmail { get; set => field = value ?? ""; } = "";

    public string CurrentPassword { get; set => field = value ?? ""; } = "";
}
