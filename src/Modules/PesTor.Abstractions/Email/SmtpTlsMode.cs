namespace PesTor.Email;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpTlsMode
{
    /// <summary>Plain text (a local relay or a test listener only).</summary>
    None,

    /// <summary>STARTTLS after connecting; refuses servers that do not offer it (port 587).</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain text otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
