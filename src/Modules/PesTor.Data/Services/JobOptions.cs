namespace PesTor.Data.Services;

/// <summary>Configuration section <c>PesTor:Jobs</c>.</summary>
public sealed class JobOptions
{
    public const string SectionName = "PesTor:Jobs";

    /// <summary>The first retry waits this long; each further one twice as long as the one before.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the loop looks for due jobs when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A job running longer than this is taken to be abandoned by a stopped node and is run again.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}
