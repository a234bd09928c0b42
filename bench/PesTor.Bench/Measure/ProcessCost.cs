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

    private ProcessCost(TimeSpan cpu, long allocated) => (this.cpu, this.allocated) = (cpu, allocated);

    public static ProcessCost Start() => new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: false));

    /// <summary>CPU milliseconds and allocated bytes per request since <see cref="Start"/>.</summary>
    public (double CpuMsPerRequest, long BytesPerRequest) PerRequest(int requests)
    {
        var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedNow = GC.GetTotalAllocatedBytes(precise: false);
        return requests == 0 ? (0, 0) : ((cpuNow - cpu).TotalMilliseconds / requests, (allocatedNow - allocated) / requests);
    }
}
