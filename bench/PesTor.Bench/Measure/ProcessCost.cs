using System.Diagnostics;

namespace PesTor.Bench.Measure;

/// <summary>
/// What a stretch of load cost the whole process: CPU time (all threads, user + kernel) and managed bytes allocated,
/// divided by the requests served. Wall-clock throughput depends on what else runs on the machine; these two numbers
/// barely do, so they are what changes are judged by on a shared machine. The in-process load loop is included.
/// </summary>
internal readonly struct ProcessCost
{
    private readonly TimeSpan cpu;
    private readonly long allocated;
    private readonly TimeSpan paused;
    private readonly long started;

    private ProcessCost(TimeSpan cpu, long allocated, TimeSpan paused, long started) =>
        (this.cpu, this.allocated, this.paused, this.started) = (cpu, allocated, paused, started);

    public static ProcessCost Start() => new(
        Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: false), GC.GetTotalPauseDuration(), Stopwatch.GetTimestamp());

    /// <summary>The share of wall-clock time since <see cref="Start"/> that the garbage collector had the process paused.</summary>
    public double GcPauseShare() => (GC.GetTotalPauseDuration() - paused) / Stopwatch.GetElapsedTime(started);

    /// <summary>
    /// Waits until the process is idle: less than <paramref name="busyShare"/> of one core over a second. A freshly set-up
    /// site still indexes its content for search in the background; measuring before that ends would charge it to the pages.
    /// </summary>
    public static async Task<TimeSpan> WaitForIdleAsync(TimeSpan limit, CancellationToken cancellationToken, double busyShare = 0.05)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            if ((Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds < busyShare)
            {
                break;
            }
        }

        return waited.Elapsed;
    }

    /// <summary>CPU milliseconds and allocated bytes per request since <see cref="Start"/>.</summary>
    public (double CpuMsPerRequest, long BytesPerRequest) PerRequest(int requests)
    {
        var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedNow = GC.GetTotalAllocatedBytes(precise: false);
        return requests == 0 ? (0, 0) : ((cpuNow - cpu).TotalMilliseconds / requests, (allocatedNow - allocated) / requests);
    }
}
