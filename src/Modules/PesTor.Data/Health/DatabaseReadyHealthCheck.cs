using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PesTor.Setup;

namespace PesTor.Data.Health;

/// <summary>Ready means the site is set up, its database answers and every migration of this build is applied.</summary>
internal sealed class DatabaseReadyHealthCheck(ISiteShell shell, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (shell.State != SiteState.Running)
        {
            return HealthCheckResult.Unhealthy(shell.State == SiteState.SettingUp ? "The site is being set up." : "The site is not set up yet.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PesTorDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The database is reachable and up to date.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
    }
}
