using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Jobs;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// The Toruń site with its seeded workflows, retries a few milliseconds apart (so a retried webhook is seen within a test)
/// and webhooks allowed to the tests' own listener on 127.0.0.1 — and to nothing else internal.
/// </summary>
public abstract class WorkflowSite : TestSite
{
    protected override string RecipeName => "pestor-torun";

    /// <summary>Runs every due job now (workflow runs, e-mails, webhooks), the way the background loop would.</summary>
    public Task<int> RunJobsAsync() => Services.GetRequiredService<IJobRunner>().RunDueAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PesTor:Jobs:RetryDelay", "00:00:00.050");
        builder.UseSetting("PesTor:Workflows:Webhooks:AllowedPrivateAddresses:0", "127.0.0.1");
    }
}

public sealed class SqliteWorkflowSite : WorkflowSite
{
    protected override string Provider => "Sqlite";
}

public sealed class PostgresWorkflowSite : WorkflowSite
{
    protected override string Provider => "Postgres";
}

/// <summary>
/// A second pair for tests that change the site's data at scale (100 000 items), so other tests keep the program's numbers.
/// The search indexer stays off: its bulk loads of the new items would be counted as the recount's.
/// </summary>
public abstract class LargeIndicatorSite : WorkflowSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PesTor:Search:IndexInBackground", "false");
    }
}

public sealed class SqliteLargeIndicatorSite : LargeIndicatorSite
{
    protected override string Provider => "Sqlite";
}

public sealed class PostgresLargeIndicatorSite : LargeIndicatorSite
{
    protected override string Provider => "Postgres";
}
