using Microsoft.AspNetCore.Identity;
using PesTor.ContentManagement;
using PesTor.Users;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// <c>SampleData</c>: generates the sample content and accounts (<see cref="SampleDataGenerator"/>, <see cref="SampleAccounts"/>)
/// and stores the items through the bulk importer with validation, so every item passes the real field kinds and part
/// handlers. Idempotent: when the first generated item already exists, the step does nothing.
/// </summary>
internal sealed class SampleDataStep(
    SampleDataGenerator generator,
    IContentManager contents,
    IContentBulkImporter importer,
    UserManager<PesTorUser> users,
    RoleManager<PesTorRole> roles) : IRecipeStepHandler
{
    public const int BatchSize = 500;

    private static readonly Dictionary<string, string> CountProperty = new(StringComparer.Ordinal)
    {
        [EntityGenerator.Type] = nameof(SampleDataOptions.Entities),
        [OfferGenerator.Type] = nameof(SampleDataOptions.Offers),
        [EquipmentGenerator.Type] = nameof(SampleDataOptions.Equipment),
        [NeedGenerator.Type] = nameof(SampleDataOptions.Needs),
        [PremisesGenerator.Type] = nameof(SampleDataOptions.Premises),
        [SupportPointGenerator.Type] = nameof(SampleDataOptions.SupportPoints),
        [CultureCardGenerator.Type] = nameof(SampleDataOptions.CultureCards),
    };

    public string Name => "SampleData";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = SampleDataStepSettings.Parse(context.Step);
        using var items = generator.Generate(settings.Options).GetEnumerator();
        var hasItems = items.MoveNext();
        if (hasItems && await contents.GetAsync(items.Current.ContentItemId, VersionOptions.Latest, cancellationToken) is not null)
        {
            return;
        }

        if (hasItems)
        {
            await ImportAsync(items, settings.Validate, cancellationToken);
        }

        if (settings.Accounts)
        {
            await CreateAccountsAsync(settings, cancellationToken);
        }
    }

    /// <summary>Stores the items (the enumerator stands on the first) in batches of one type each.</summary>
    private async Task ImportAsync(IEnumerator<ContentItem> items, bool validate, CancellationToken cancellationToken)
    {
        var batch = new List<ContentItem>(BatchSize);
        var more = true;
        while (more)
        {
            batch.Add(items.Current);
            more = items.MoveNext();
            if (!more || batch.Count == BatchSize || items.Current.ContentType != batch[0].ContentType)
            {
                await StoreAsync(batch, validate, cancellationToken);
                batch = new List<ContentItem>(BatchSize);
            }
        }
    }

    private async Task StoreAsync(List<ContentItem> batch, bool validate, CancellationToken cancellationToken)
    {
        try
        {
            await importer.ImportAsync(batch, publish: true, validate, cancellationToken);
        }
        catch (ContentValidationException ex)
        {
            var type = batch[0].ContentType;
            throw new RecipeStepException(
                CountProperty.GetValueOrDefault(type, type),
                $"Generated {type} items {batch[0].ContentItemId}…{batch[^1].ContentItemId} are not valid: {string.Join(" ", ex.Errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }
    }

    private async Task CreateAccountsAsync(SampleDataStepSettings settings, CancellationToken cancellationToken)
    {
        var accounts = SampleAccounts.Create(settings.Options).ToList();
        foreach (var role in accounts.Select(a => a.Role).Distinct(StringComparer.Ordinal))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                throw new RecipeStepException("Accounts", $"The role '{role}' does not exist; the Roles step of the setup recipe must run before the sample data.");
            }
        }

        // One password for every sample account: check and hash it once instead of once per account (hashing is slow on purpose).
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, accounts[0].User, settings.AccountPassword);
            if (!valid.Succeeded)
            {
                throw new RecipeStepException("AccountPassword", Describe(accounts[0].User, valid));
            }
        }

        var hash = users.PasswordHasher.HashPassword(accounts[0].User, settings.AccountPassword);
        foreach (var (user, role) in accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(user.UserName!) is not null)
            {
                continue;
            }

            user.PasswordHash = hash;
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new RecipeStepException("Accounts", Describe(user, created));
            }

            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
            {
                throw new RecipeStepException("Accounts", Describe(user, added));
            }
        }
    }

    private static string Describe(PesTorUser user, IdentityResult result) =>
        $"The sample account '{user.UserName}' could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}";
}
