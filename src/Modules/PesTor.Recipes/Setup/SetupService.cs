using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.Data;
using PesTor.Recipes;
using PesTor.Recipes.Steps;
using PesTor.Security;
using PesTor.Setup;
using PesTor.Users;

namespace PesTor.Recipes.Setup;

/// <summary>
/// Orchard's setup: check the request, open and migrate the chosen database, then in ONE transaction run the setup recipe
/// (and sample data when asked), create the administrator and record the site name. Only after the commit is the site
/// marked as set up; any failure rolls everything back and leaves the site un-set-up.
/// </summary>
internal sealed partial class SetupService(
    ISiteShell shell,
    IRecipeHarvester harvester,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    ILogger<SetupService> logger) : ISetupService
{
    public const string SampleDataRecipe = "pestor-sample-data";

    public async Task<SetupResult> SetupAsync(SetupRequest request, CancellationToken cancellationToken = default)
    {
        var texts = new SetupTexts(CultureInfo.CurrentUICulture);
        var result = SetupRequestValidator.Validate(request, identity.Value.Password, texts);
        var recipes = await harvester.HarvestAsync(cancellationToken);
        var recipe = request.RecipeName is null ? null : recipes.FirstOrDefault(r => r.Name == request.RecipeName && r.IsSetupRecipe);
        if (request.RecipeName is not null && recipe is null)
        {
            result.Fail(nameof(request.RecipeName), texts["RecipeUnknown"]);
        }

        var sampleData = request.SampleData ? recipes.FirstOrDefault(r => r.Name == SampleDataRecipe) : null;
        if (request.SampleData && sampleData is null)
        {
            result.Fail(nameof(request.SampleData), texts["RecipeUnknown"]);
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var database = new DatabaseChoice(
            request.DatabaseProvider.Equals(DatabaseChoice.Postgres, StringComparison.OrdinalIgnoreCase) ? DatabaseChoice.Postgres : DatabaseChoice.Sqlite,
            string.IsNullOrWhiteSpace(request.ConnectionString) ? null : request.ConnectionString.Trim());
        if (await shell.TestConnectionAsync(database, cancellationToken) is { } databaseError)
        {
            return result.Fail(nameof(request.ConnectionString), databaseError);
        }

        if (!await shell.BeginSetupAsync(database, cancellationToken))
        {
            return result.Fail("", texts["AlreadySetUp"]);
        }

        try
        {
            await RunInOneTransactionAsync(request, recipe, sampleData, result, cancellationToken);
        }
        catch (RecipeException ex)
        {
            result.Fail("", texts.Format("SetupFailed", ex.Message));
        }

        if (!result.Succeeded)
        {
            shell.AbortSetup();
            LogFailed(logger, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
            return result;
        }

        await shell.CompleteSetupAsync(request.SiteName.Trim(), cancellationToken);
        return result;
    }

    private async Task RunInOneTransactionAsync(SetupRequest request, RecipeDescriptor? recipe, RecipeDescriptor? sampleData, SetupResult result, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var import = services.GetRequiredService<ICallerAccessor>().BeginImportScope();
        await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);

        var parameters = new Dictionary<string, string> { ["SiteName"] = request.SiteName.Trim(), ["AdminUserName"] = request.AdminUserName };
        var executor = services.GetRequiredService<IRecipeExecutor>();
        if (recipe is not null)
        {
            await executor.ExecuteAsync(recipe, parameters, cancellationToken);
        }

        await EnsureAdministratorRoleAsync(services.GetRequiredService<RoleManager<PesTorRole>>());
        var users = services.GetRequiredService<UserManager<PesTorUser>>();
        var admin = new PesTorUser { UserName = request.AdminUserName, Email = request.AdminEmail, EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        var created = await users.CreateAsync(admin, request.AdminPassword);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                result.Fail(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(request.AdminPassword)
                    : error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(request.AdminEmail) : nameof(request.AdminUserName), error.Description);
            }

            return;
        }

        await users.AddToRoleAsync(admin, RoleNames.Administrator);
        if (sampleData is not null)
        {
            await executor.ExecuteAsync(sampleData, parameters, cancellationToken);
        }

        var documents = services.GetRequiredService<IDocumentStore>();
        var settings = await documents.LoadAsync(SettingsStep.DocumentName, cancellationToken) ?? [];
        settings["SiteName"] = request.SiteName.Trim();
        await documents.SaveAsync(SettingsStep.DocumentName, settings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A recipe may define the Administrator role; a site without one still needs an administrator who can do everything.</summary>
    private static async Task EnsureAdministratorRoleAsync(RoleManager<PesTorRole> roles)
    {
        if (await roles.FindByNameAsync(RoleNames.Administrator) is not null)
        {
            return;
        }

        var role = new PesTorRole { Name = RoleNames.Administrator, Description = "Administrator" };
        await roles.CreateAsync(role);
        string[] all =
        [
            ContentPermissions.ViewContent, ContentPermissions.EditContent, ContentPermissions.PublishContent,
            ContentPermissions.DeleteContent, ContentPermissions.ManageDefinitions, ContentPermissions.AccessAdmin,
        ];
        foreach (var permission in all)
        {
            await roles.AddClaimAsync(role, new Claim(RoleNames.PermissionClaimType, permission));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setup failed; the site stays un-set-up: {Errors}")]
    private static partial void LogFailed(ILogger logger, string errors);
}
