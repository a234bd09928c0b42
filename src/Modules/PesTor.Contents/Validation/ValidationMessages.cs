namespace PesTor.Contents.Validation;

/// <summary>Messages more than one field kind or part uses, so they read the same everywhere.</summary>
internal static class ValidationMessages
{
    public const string Required = "This field is required.";

    public const string Email = "Enter a valid e-mail address, like name@example.pl.";

    public const string WebUrl = "Enter an absolute http or https address, like https://example.pl.";

    public const string LinkUrl = "The URL must be an absolute http or https address or a site path starting with '/'.";
}
