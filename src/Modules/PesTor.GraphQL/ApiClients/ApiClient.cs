namespace PesTor.GraphQL.ApiClients;

/// <summary>
/// Another system allowed to call <c>/api/graphql</c> with a bearer token. Only a hash of its secret is kept: the token
/// is shown once, when the client is created. A revoked client stays listed (who had access, until when) but its token
/// no longer works.
/// </summary>
public sealed record ApiClient
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required ApiClientScope Scope { get; init; }

    /// <summary>SHA-256 of the secret, hex. The secret is 32 random bytes, so a fast hash is enough (nothing to guess).</summary>
    public required string SecretHash { get; init; }

    public required DateTime CreatedUtc { get; init; }

    public string? CreatedBy { get; init; }

    public DateTime? RevokedUtc { get; init; }

    public bool Revoked => RevokedUtc is not null;
}

/// <summary>What a client may read.</summary>
public enum ApiClientScope
{
    /// <summary>Published items of public types, as an anonymous visitor sees them.</summary>
    Read,

    /// <summary>Also drafts and latest versions of every type (status DRAFT, LATEST, ALL), for previews in other systems.</summary>
    ReadDrafts,
}
