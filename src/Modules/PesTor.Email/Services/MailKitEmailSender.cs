using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace PesTor.Email.Services;

/// <summary>
/// Sends each message over its own SMTP connection (sign-up and reset mails are rare; a pooled connection would only
/// add a stale-connection failure mode). Every failure is logged with the server and the recipient, then thrown.
/// </summary>
internal sealed partial class MailKitEmailSender(ISmtpSettingsStore settingsStore, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = await settingsStore.GetAsync(cancellationToken);
        if (!settings.IsConfigured)
        {
            LogNotConfigured(logger, message.Subject);
            throw new EmailDeliveryException("E-mail is not configured: set the SMTP host and sender in the site settings or PesTor:Smtp.");
        }

        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            var mime = Build(message, settings);
            await client.ConnectAsync(settings.Host, settings.Port, ToMailKit(settings.TlsMode), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or AuthenticationException
                                              or SslHandshakeException or IOException or System.Net.Sockets.SocketException
                                              or TimeoutException or ParseException)
        {
            LogSendFailed(logger, exception, settings.Host, settings.Port, message.To, message.Subject);
            throw new EmailDeliveryException($"The message to {message.To} could not be sent through {settings.Host}:{settings.Port}: {exception.Message}", exception);
        }

        LogSent(logger, message.To, message.Subject, settings.Host, settings.Port);
    }

    private static MimeMessage Build(EmailMessage message, SmtpSettings settings)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(settings.Sender!));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (!string.IsNullOrWhiteSpace(message.ReplyTo))
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static SecureSocketOptions ToMailKit(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    [LoggerMessage(1, LogLevel.Information, "E-mail \"{Subject}\" sent to {Recipient} through {Host}:{Port}")]
    private static partial void LogSent(ILogger logger, string recipient, string subject, string host, int port);

    [LoggerMessage(2, LogLevel.Error, "E-mail \"{Subject}\" to {Recipient} could not be sent through {Host}:{Port}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string host, int port, string recipient, string subject);

    [LoggerMessage(3, LogLevel.Error, "E-mail \"{Subject}\" not sent: no SMTP host or sender is configured")]
    private static partial void LogNotConfigured(ILogger logger, string subject);
}
