namespace PesTor.Jobs;

/// <summary>Runs due jobs. A background loop calls it continually; tests call it to reach a known state.</summary>
public interface IJobRunner
{
    /// <summary>Runs every job due now (and those that become due while it runs), one at a time; returns how many ran.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken = default);
}
