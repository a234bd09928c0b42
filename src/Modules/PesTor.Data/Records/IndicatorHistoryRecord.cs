namespace PesTor.Data.Records;

public sealed class IndicatorHistoryRecord
{
    public long Id { get; set; }

    public string IndicatorContentItemId { get; set; } = "";

    public DateTime RecordedUtc { get; set; }

    public decimal Value { get; set; }

    /// <summary>Recount, Manual or Recipe.</summary>
    public string Source { get; set; } = "";

    public string? Note { get; set; }

    public string? UserName { get; set; }
}
