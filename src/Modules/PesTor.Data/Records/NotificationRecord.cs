namespace PesTor.Data.Records;

public sealed class NotificationRecord
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? Link { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
