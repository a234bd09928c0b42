using PesTor.Users;

namespace PesTor.Data.Records;

/// <summary>A row of <c>EntityClaims</c>: one representative's request for one entity and the decision on it.</summary>
public sealed class EntityClaimRecord
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string EntityContentItemId { get; set; } = "";

    public string EntityName { get; set; } = "";

    public bool IsProposal { get; set; }

    public string? Message { get; set; }

    public EntityClaimStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecisionNote { get; set; }
}
