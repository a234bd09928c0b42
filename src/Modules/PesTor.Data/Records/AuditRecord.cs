namespace PesTor.Data.Records;

/// <summary>A stored line of the audit trail (see <see cref="Audit.IAuditTrail"/>).</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public string Action { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string? ContentItemVersionId { get; set; }

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTime CreatedUtc { get; set; }
}
