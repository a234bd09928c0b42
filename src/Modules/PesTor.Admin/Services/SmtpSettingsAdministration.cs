using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.Email;
using PesTor.Security;

namespace PesTor.Admin.Services;

/// <summary>
/// The SMTP settings page's actions, each checked here for ManageSettings: read the settings in force (never the password),
/// save them (the store encrypts the password; an empty password field keeps the stored one) and send a test message
/// through what is saved.
/// </summary>
public sealed partial class SmtpSettingsAdministration(
    ISmtpSettingsStore store,
    IEmailSender sender,
    IContentAuthorizer authorizer,
    ICallerAccessor callers,
    IStringLocalizer<AdminText> T,
    ILogger<SmtpSettingsAdministration> logger)
{
    public async Task<(SmtpSettingsForm Form, bool HasPassword)> GetAsync(CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var settings = await store.GetAsync(cancellationToken);
        var form = new SmtpSettingsForm
        {
            Host = settings.Host,
            Port = settings.Port.ToString(CultureInfo.InvariantCulture),
            TlsMode = settings.TlsMode,
            UserName = settings.UserName,
            Sender = settings.Sender,
        };
        return (form, !string.IsNullOrEmpty(settings.Password));
    }

    /// <summary>Validates and stores the settings; returns messages by field (nothing is stored when there is any).</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> SaveAsync(SmtpSettingsForm form, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        var errors = new List<(string, string)>();
        var host = form.Host?.Trim() ?? "";
        if (host.Length == 0)
        {
            errors.Add((nameof(form.Host), T["Podaj adres serwera SMTP."]));
        }
        else if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            errors.Add((nameof(form.Host), T["To nie jest nazwa ani adres serwera (np. smtp.torun.pl)."]));
        }

        if (!int.TryParse(form.Port?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            errors.Add((nameof(form.Port), T["Port to liczba od 1 do 65535 (zwykle 587 albo 465)."]));
        }

        if (!Enum.IsDefined(form.TlsMode))
        {
            errors.Add((nameof(form.TlsMode), T["Wybierz sposób szyfrowania z listy."]));
        }

        if (string.IsNullOrWhiteSpace(form.Sender))
        {
            errors.Add((nameof(form.Sender), T["Podaj nadawcę wiadomości, np. PES-TOR Toruń <noreply@torun.pl>."]));
        }
        else if (!MailAddress.TryCreate(form.Sender.Trim(), out _))
        {
            errors.Add((nameof(form.Sender), T["Nadawca musi być adresem e-mail, np. PES-TOR Toruń <noreply@torun.pl>."]));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var settings = new SmtpSettings
        {
            Host = host,
            Port = port,
            TlsMode = form.TlsMode,
            UserName = string.IsNullOrWhiteSpace(form.UserName) ? null : form.UserName.Trim(),
            Sender = form.Sender!.Trim(),
            Password = form.ClearPassword ? "" : string.IsNullOrEmpty(form.Password) ? null : form.Password,
        };
        await store.SaveAsync(settings, cancellationToken);
        LogSaved(logger, host, port, form.TlsMode, CallerId());
        return errors;
    }

    /// <summary>Sends a short message through the saved settings; a refusal by the server is returned as the message for the field.</summary>
    public async Task<string?> SendTestAsync(string? to, CancellationToken cancellationToken)
    {
        await DemandAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(to) || !MailAddress.TryCreate(to.Trim(), out var address))
        {
            return T["Podaj adres e-mail, na który wysłać wiadomość próbną."];
        }

        try
        {
            await sender.SendAsync(
                new EmailMessage(address.Address, T["PES-TOR: wiadomość próbna"], T["Ta wiadomość potwierdza, że ustawienia poczty serwisu PES-TOR działają."]),
                cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            return T["Nie udało się wysłać wiadomości: {0}", exception.Message];
        }

        LogTestSent(logger, address.Address, CallerId());
        return null;
    }

    private async Task DemandAsync(CancellationToken cancellationToken)
    {
        if (!await authorizer.HasPermissionAsync(callers.Caller, SitePermissions.ManageSettings, cancellationToken))
        {
            throw new ContentAccessDeniedException("The e-mail settings need the ManageSettings permission.");
        }
    }

    private string CallerId() => callers.Caller.FindFirstValue(ClaimTypes.NameIdentifier) ?? "system";

    [LoggerMessage(Level = LogLevel.Information, Message = "SMTP settings saved by {AdminId}: {Host}:{Port} ({TlsMode})")]
    private static partial void LogSaved(ILogger logger, string host, int port, SmtpTlsMode tlsMode, string adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Test e-mail sent to {To} by {AdminId}")]
    private static partial void LogTestSent(ILogger logger, string to, string adminId);
}
