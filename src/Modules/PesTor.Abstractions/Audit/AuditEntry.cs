namespace PesTor.Audit;

/// <summary>One line of the audit trail: who did what to which item (and version), when.</summary>
public sealed record AuditEntry(
    string Action,
    string ContentItemId,
    string? ContentItemVersionId,
    string ContentType,
    string DisplayText,
    string? UserId,
    string? UserName,
    DateTime CreatedUtc);
