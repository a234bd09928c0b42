namespace PesTor.Email;

/// <summary>
/// Sends e-mail through the site's SMTP server. A message that cannot be handed to the server throws
/// <see cref="EmailDeliveryException"/> (after logging it): callers decide what the user sees, nothing is swallowed.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
