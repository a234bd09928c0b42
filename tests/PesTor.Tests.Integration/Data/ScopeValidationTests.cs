using System.Net;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Data;

/// <summary>
/// The site starts and serves its pages with the container validating scopes, as `dotnet run` (Development) does: the
/// pooled database contexts once built their options from scoped registrations taken from the root provider, which only
/// Development refuses — the tests, running as Testing, never saw it.
/// </summary>
public sealed class ScopeValidationTests(SqliteScopeCheckingSite site) : IClassFixture<SqliteScopeCheckingSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/podmioty?forma=fundacja")]
    [InlineData("/program")]
    public async Task Public_pages_are_served_with_scopes_validated(string url)
    {
        var client = await site.ClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }
}
