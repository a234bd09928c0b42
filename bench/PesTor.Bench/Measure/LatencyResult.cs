using System.Diagnostics;

namespace PesTor.Bench.Measure;

/// <summary>The summary of one scenario's measured calls (times in milliseconds).</summary>
internal sealed record LatencyResult(
    string Name,
    int Iterations,
    double P50,
    double P90,
    double P99,
    double Max,
    double Mean,
    double CallsPerSecond,
    long AllocatedBytesPerCall,
    int Gen0Collections,
    double CpuMillisecondsPerCall)
{
    public static LatencyResult From(string name, long[] ticks, TimeSpan elapsed, long allocatedBytes, int gen0Collections, TimeSpan cpu = default)
    {
        var sorted = ticks.Order().Select(ToMilliseconds).ToArray();
        return new LatencyResult(
            name,
            sorted.Length,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.90),
            Percentile(sorted, 0.99),
            sorted[^1],
            sorted.Average(),
            sorted.Length / elapsed.TotalSeconds,
            allocatedBytes / sorted.Length,
            gen0Collections,
            cpu.TotalMilliseconds / sorted.Length);
    }

    /// <summary>Nearest-rank percentile of ascending samples.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double ToMilliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
