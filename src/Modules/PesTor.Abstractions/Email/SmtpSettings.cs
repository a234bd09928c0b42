using System.Diagnostics.CodeAnalysis;

namespace PesTor.Email;

/// <summary>
/// Where and how the site sends e-mail. Kept in the site settings (key <c>Smtp</c>, editable in the admin); while the
/// site settings have no host, configuration (<c>PesTor:Smtp:*</c>) is used instead.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>Empty: the server is used without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The From address, e.g. <c>PES-TOR Toruń &lt;noreply@torun.pl&gt;</c>.</summary>
    public string? Sender { get; set; }

    [MemberNotNullWhen(true, nameof(Host), nameof(Sender))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(Sender);
}
