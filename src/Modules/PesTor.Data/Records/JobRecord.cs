namespace PesTor.Data.Records;

/// <summary>A durable job (see <see cref="Jobs.IJobQueue"/>): written with the change that causes it, run and retried after.</summary>
public sealed class JobRecord
{
    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public string Payload { get; set; } = "";

    /// <summary>Pending, Running, Done or Failed.</summary>
    public string Status { get; set; } = "";

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>A running job whose lease has passed was abandoned by a stopped node and may be taken again.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }

    public string? LastError { get; set; }
}
