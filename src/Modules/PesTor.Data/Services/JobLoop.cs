using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.Jobs;

namespace PesTor.Data.Services;

/// <summary>Runs due jobs whenever one is committed on this node, and polls for those due later or written by other nodes.</summary>
internal sealed partial class JobLoop(IJobRunner runner, JobSignal signal, IOptions<JobOptions> options, ILogger<JobLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (StoreBusy.Is(ex))
            {
                // Another writer (a long import on SQLite) holds the database: expected, and the jobs wait in it.
                LogBusy(logger);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; the jobs stay in it, so the next pass picks them up.
                LogPassFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is busy with another writer; due jobs wait for the next poll.")]
    private static partial void LogBusy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over due jobs failed; retrying at the next poll.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
