using System.Globalization;

namespace PesTor.Bench.Measure;

/// <summary>Prints results as a Markdown table, ready to paste into the README.</summary>
internal static class ResultTable
{
    public static void Print(TextWriter output, IReadOnlyList<LatencyResult> results)
    {
        output.WriteLine("| scenario | calls | p50 ms | p90 ms | p99 ms | max ms | mean ms | calls/s | CPU ms/call | alloc/call | gen0 GCs |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Iterations} | {r.P50:0.000} | {r.P90:0.000} | {r.P99:0.000} | {r.Max:0.00} | {r.Mean:0.000} | {r.CallsPerSecond:0} | {r.CpuMillisecondsPerCall:0.000} | {Bytes(r.AllocatedBytesPerCall)} | {r.Gen0Collections} |"));
        }
    }

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
