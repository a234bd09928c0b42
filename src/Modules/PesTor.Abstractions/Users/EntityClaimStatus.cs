namespace PesTor.Users;

public enum EntityClaimStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Approved once, then withdrawn by a claim approver: the account no longer represents the entity.</summary>
    Revoked,
}
