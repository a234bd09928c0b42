using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PesTor.Data;
using PesTor.Security;
using PesTor.Setup;

namespace PesTor.Workflows.Services;

/// <summary>Looks for due scheduled workflows every half minute once the site runs.</summary>
internal sealed partial class ScheduleLoop(IServiceScopeFactory scopes, ISiteShell shell, TimeProvider clock, ILogger<ScheduleLoop> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            if (shell.State != SiteState.Running)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
                await scope.ServiceProvider.GetRequiredService<WorkflowScheduler>().EnqueueDueAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (StoreBusyException)
            {
                // Another writer (a long import on SQLite) holds the database; due workflows stay due until the next tick.
                LogBusy(logger);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is busy with another writer; looking for due scheduled workflows at the next tick.")]
    private static partial void LogBusy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due scheduled workflows failed; trying again at the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
