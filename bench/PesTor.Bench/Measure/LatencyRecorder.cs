using System.Diagnostics;

namespace PesTor.Bench.Measure;

/// <summary>
/// Runs one call repeatedly, single-threaded, timing each call with <see cref="Stopwatch"/>: a warm-up first (not
/// recorded), then the measured calls. Allocation is the process-wide allocated-bytes delta, because the async calls
/// resume on thread-pool threads (a per-thread counter would miss most of it); nothing else runs during the loop. CPU time
/// is the process's user + kernel time over the loop, per call: on a machine shared with other work the wall-clock
/// percentiles include time spent waiting for a core, CPU time does not.
/// </summary>
internal static class LatencyRecorder
{
    public static async Task<LatencyResult> MeasureAsync(string name, Func<Task> call, BenchOptions options)
    {
        // Warm-up: JIT, query plan caches, connection pool, database page cache. Slow calls get a shorter warm-up.
        var warmup = Stopwatch.StartNew();
        var warmupCalls = 0;
        while (warmupCalls < options.Warmup && (warmupCalls < 20 || warmup.Elapsed < TimeSpan.FromSeconds(options.BudgetSeconds / 5)))
        {
            await call();
            warmupCalls++;
        }

        var perCall = warmup.Elapsed.TotalSeconds / warmupCalls;
        var iterations = Math.Clamp((int)(options.BudgetSeconds / perCall), options.MinIterations, options.Iterations);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var samples = new long[iterations];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0Before = GC.CollectionCount(0);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        total.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gen0 = GC.CollectionCount(0) - gen0Before;
        return LatencyResult.From(name, samples, total.Elapsed, allocated, gen0, cpu);
    }
}
