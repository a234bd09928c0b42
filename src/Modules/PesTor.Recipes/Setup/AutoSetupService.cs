using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.Setup;

namespace PesTor.Recipes.Setup;

/// <summary>
/// Sets the site up from configuration before the server takes requests, when it is not set up yet and
/// <c>PesTor:AutoSetup:SiteName</c> is given. A failing auto-setup stops the app with the reasons: a container that cannot
/// set itself up should not start half-working.
/// </summary>
internal sealed partial class AutoSetupService(
    ISiteShell shell,
    ISetupService setup,
    IOptions<AutoSetupOptions> options,
    ILogger<AutoSetupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (shell.State != SiteState.Uninitialized || string.IsNullOrWhiteSpace(o.SiteName))
        {
            return;
        }

        var result = await setup.SetupAsync(new SetupRequest
        {
            SiteName = o.SiteName,
            AdminUserName = o.AdminUserName ?? "",
            AdminEmail = o.AdminEmail ?? "",
            AdminPassword = o.AdminPassword ?? "",
            DatabaseProvider = o.DatabaseProvider,
            ConnectionString = o.ConnectionString,
            RecipeName = string.IsNullOrWhiteSpace(o.RecipeName) ? null : o.RecipeName,
            SampleData = o.SampleData,
        }, cancellationToken);

        if (!result.Succeeded)
        {
            var reasons = string.Join("; ", result.Errors.Select(e => $"{(e.Key.Length == 0 ? "setup" : e.Key)}: {string.Join(" ", e.Value)}"));
            throw new InvalidOperationException($"Auto-setup from {AutoSetupOptions.SectionName} failed: {reasons}");
        }

        LogDone(logger, o.SiteName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Auto-setup finished for site '{SiteName}'.")]
    private static partial void LogDone(ILogger logger, string siteName);
}
