namespace PesTor.Data.Records;

public sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string Message { get; set; } = "";
}
