namespace PesTor.Users.Services;

/// <summary>Configuration of the account pages (<c>PesTor:Accounts</c>).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "PesTor:Accounts";

    /// <summary>
    /// The site's public address for links in e-mails (<c>https://pes.torun.pl</c>). Set it in production: without it links
    /// use the request's host, which a proxy must then pass through unchanged.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
