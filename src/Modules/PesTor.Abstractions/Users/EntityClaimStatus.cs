namespace PesTor.Users;

public enum EntityClaimStatus
{
    Pending,
    Approved,
    Rejected,
}
