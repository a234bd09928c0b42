namespace PesTor.Users;

/// <summary>
/// A PES representative's request to act for an entity: an existing one from the entity base, or one they proposed (a draft
/// Entity they created, <see cref="IsProposal"/>). A CityEditor approves or rejects it; an approval gives the account a
/// <see cref="Security.PesTorClaimTypes.RepresentedEntity"/> claim for the entity.
/// </summary>
public sealed record EntityClaim
{
    public long Id { get; init; }

    public required string UserId { get; init; }

    public required string EntityContentItemId { get; init; }

    /// <summary>The entity's name when the request was made (lists show it without loading the entity).</summary>
    public required string EntityName { get; init; }

    public bool IsProposal { get; init; }

    /// <summary>What the representative wrote to the editor (their role in the entity, a phone number to check it, ...).</summary>
    public string? Message { get; init; }

    public EntityClaimStatus Status { get; init; }

    public DateTime CreatedUtc { get; init; }

    public string? DecidedBy { get; init; }

    public DateTime? DecidedUtc { get; init; }

    /// <summary>The editor's reason, shown to the representative (required for a rejection).</summary>
    public string? DecisionNote { get; init; }
}
