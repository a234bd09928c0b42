using Microsoft.AspNetCore.Hosting;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// The Toruń site on PostgreSQL with Redis as its output-cache and data-protection store (<c>PesTor:Redis</c>), the
/// scale-out setup. The Redis server is the throwaway one scripts/test.sh starts (PESTOR_TEST_REDIS); each site uses its
/// own key prefix, so sites never read each other's pages.
/// </summary>
public sealed class PostgresRedisSite : TestSite
{
    public string RedisPrefix { get; } = $"pestor-test-{Guid.NewGuid():N}:";

    protected override string Provider => "Postgres";

    protected override string RecipeName => "pestor-torun";

    public static string Redis
    {
        get
        {
            var redis = Environment.GetEnvironmentVariable("PESTOR_TEST_REDIS");
            return string.IsNullOrWhiteSpace(redis)
                ? throw new InvalidOperationException("PESTOR_TEST_REDIS is not set. Run the tests with scripts/test.sh, which starts a throwaway Redis.")
                : redis;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PesTor:Redis", Redis);
        builder.UseSetting("PesTor:RedisPrefix", RedisPrefix);
    }
}
