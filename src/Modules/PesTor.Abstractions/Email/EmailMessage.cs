namespace PesTor.Email;

/// <summary>
/// One e-mail to one recipient. The text body is always sent (mail clients that show no HTML still get the message);
/// the HTML body is optional and must already be safe (built by the sender's templates, never from user input unescaped).
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    /// <summary>Where replies go when not to the site's sender address (e.g. the person who wrote through a form).</summary>
    public string? ReplyTo { get; init; }
}
