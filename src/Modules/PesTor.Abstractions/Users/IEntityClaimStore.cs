namespace PesTor.Users;

/// <summary>Entity claims, stored in the site's database (a table that grows with the accounts).</summary>
public interface IEntityClaimStore
{
    /// <summary>Stores a new pending claim and returns it with its id.</summary>
    Task<EntityClaim> AddAsync(EntityClaim claim, CancellationToken cancellationToken = default);

    Task<EntityClaim?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EntityClaim>> ListForUserAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Claims in a state, oldest first, a page at a time.</summary>
    Task<IReadOnlyList<EntityClaim>> ListAsync(EntityClaimStatus status, int skip, int take, CancellationToken cancellationToken = default);

    Task<int> CountAsync(EntityClaimStatus status, CancellationToken cancellationToken = default);

    /// <summary>Records a decision on a pending claim; false when the claim is no longer pending (someone decided first).</summary>
    Task<bool> DecideAsync(long id, EntityClaimStatus status, string decidedBy, string? note, CancellationToken cancellationToken = default);

    /// <summary>Withdraws an approved claim (who, when, why); false when the claim is not approved (any more).</summary>
    Task<bool> RevokeAsync(long id, string revokedBy, string note, CancellationToken cancellationToken = default);
}
