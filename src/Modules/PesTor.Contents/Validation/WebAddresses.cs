using System.Net.Mail;

namespace PesTor.Contents.Validation;

/// <summary>The e-mail and URL checks fields and parts share.</summary>
internal static class WebAddresses
{
    /// <summary>A single plain address ("name@example.pl"), not a display-name form, with a dotted domain.</summary>
    public static bool IsValidEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !MailAddress.TryCreate(value, out var address))
        {
            return false;
        }

        // MailAddress also accepts "Jan <jan@example.pl>"; the stored value must be the bare address itself.
        return string.Equals(address.Address, value, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.EndsWith('.');
    }

    public static bool IsAbsoluteWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>An absolute http(s) URL or a path on this site ("/podmioty"). "//host" and "/\host" leave the site, so they are refused.</summary>
    public static bool IsLinkUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (value.StartsWith('/'))
        {
            return !value.StartsWith("//", StringComparison.Ordinal)
                && !value.Contains('\\', StringComparison.Ordinal)
                && !value.Any(char.IsWhiteSpace);
        }

        return IsAbsoluteWebUrl(value);
    }
}
