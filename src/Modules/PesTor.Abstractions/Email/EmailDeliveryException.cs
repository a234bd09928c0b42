namespace PesTor.Email;

/// <summary>The SMTP server could not be reached, refused the login or refused the message; the message was not sent.</summary>
public sealed class EmailDeliveryException(string message, Exception? innerException = null) : Exception(message, innerException);
