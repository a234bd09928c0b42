namespace PesTor.Data.Records;

public sealed class OutboxMessageRecord
{
    public long Id { get; set; }

    public string Topic { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string Payload { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
