namespace PesTor.Email;

/// <summary>Reads and writes the SMTP settings (the admin's settings page writes them; the password is stored encrypted).</summary>
public interface ISmtpSettingsStore
{
    /// <summary>The settings in force: the site settings' when they name a host, otherwise configuration's.</summary>
    Task<SmtpSettings> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the settings in the site settings. A null password keeps the stored one.</summary>
    Task SaveAsync(SmtpSettings settings, CancellationToken cancellationToken = default);
}
