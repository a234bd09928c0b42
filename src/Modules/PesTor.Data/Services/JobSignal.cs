namespace PesTor.Data.Services;

/// <summary>Wakes the job loop when a job was committed, so work starts at once instead of at the next poll.</summary>
internal sealed class JobSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller set it between the check and the release: already signalled, which is all we want.
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
