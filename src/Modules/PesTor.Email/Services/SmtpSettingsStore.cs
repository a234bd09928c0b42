using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using PesTor.Data;

namespace PesTor.Email.Services;

/// <summary>
/// SMTP settings under the <c>Smtp</c> key of the site settings document (the one the <c>Settings</c> recipe step fills).
/// A password saved here is encrypted with Data Protection (<c>ProtectedPassword</c>); a plain <c>Password</c> set by a
/// recipe is read as it is.
/// </summary>
internal sealed class SmtpSettingsStore(IDocumentStore documents, IOptionsMonitor<SmtpSettings> configured, IDataProtectionProvider protection)
    : ISmtpSettingsStore
{
    private const string SiteSettingsDocument = "SiteSettings";
    private const string Key = "Smtp";
    private const string ProtectedPasswordKey = "ProtectedPassword";

    private readonly IDataProtector _protector = protection.CreateProtector("PesTor.Email.SmtpPassword");

    public async Task<SmtpSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        var site = await documents.LoadAsync(SiteSettingsDocument, cancellationToken);
        if (site?[Key] is not JsonObject stored || string.IsNullOrWhiteSpace((string?)stored["Host"]))
        {
            return configured.CurrentValue;
        }

        var settings = stored.Deserialize<SmtpSettings>(SerializerOptions) ?? new SmtpSettings();
        if (stored[ProtectedPasswordKey] is JsonValue protectedPassword)
        {
            settings.Password = _protector.Unprotect(protectedPassword.GetValue<string>());
        }

        return settings;
    }

    public async Task SaveAsync(SmtpSettings settings, CancellationToken cancellationToken = default)
    {
        var site = await documents.LoadAsync(SiteSettingsDocument, cancellationToken) ?? [];
        var previous = site[Key] as JsonObject;
        var stored = new JsonObject
        {
            ["Host"] = settings.Host?.Trim(),
            ["Port"] = settings.Port,
            ["TlsMode"] = settings.TlsMode.ToString(),
            ["UserName"] = settings.UserName?.Trim(),
            ["Sender"] = settings.Sender?.Trim(),
        };

        if (settings.Password is not null)
        {
            stored[ProtectedPasswordKey] = _protector.Protect(settings.Password);
        }
        else if (previous?[ProtectedPasswordKey] is JsonNode kept)
        {
            stored[ProtectedPasswordKey] = kept.DeepClone();
        }

        site[Key] = stored;
        await documents.SaveAsync(SiteSettingsDocument, site, cancellationToken);
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
