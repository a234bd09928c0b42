using PesTor.Email;

namespace PesTor.Admin.Services;

/// <summary>The SMTP settings page's fields. An empty password keeps the stored one (the page never shows it).</summary>
public sealed class SmtpSettingsForm
{
    public string? Host { get; set; }

    public string? Port { get; set; } = "587";

    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Ticked: the stored password is removed (an empty field alone keeps it).</summary>
    public bool ClearPassword { get; set; }

    public string? Sender { get; set; }
}
