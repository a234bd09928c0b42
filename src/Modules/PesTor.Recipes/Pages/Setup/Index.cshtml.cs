using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Recipes.Setup;
using PesTor.Setup;

namespace PesTor.Recipes.Pages.Setup;

/// <summary>The setup screen: Polish by default, English with ?lang=en; field errors next to their fields.</summary>
public sealed class IndexModel(ISetupService setup, IRecipeHarvester harvester) : PageModel
{
    [BindProperty]
    public SetupForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? Language { get; set; }

    public IReadOnlyList<RecipeDescriptor> Recipes { get; private set; } = [];

    public Dictionary<string, List<string>> Errors { get; private set; } = [];

    internal SetupTexts Texts { get; private set; } = new(CultureInfo.GetCultureInfo("pl-PL"));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        UseLanguage();
        Recipes = await SetupRecipesAsync(cancellationToken);
        Form.RecipeName = Recipes.FirstOrDefault(r => r.Name == "pestor-torun")?.Name ?? Recipes.FirstOrDefault()?.Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        UseLanguage();
        Recipes = await SetupRecipesAsync(cancellationToken);
        var result = string.IsNullOrWhiteSpace(Form.RecipeName)
            ? new SetupResult().Fail(nameof(SetupRequest.RecipeName), Texts["RecipeRequired"])
            : await setup.SetupAsync(Form.ToRequest(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect("~/");
        }

        Errors = result.Errors;
        return Page();
    }

    public IEnumerable<string> ErrorsFor(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];

    private void UseLanguage()
    {
        var culture = CultureInfo.GetCultureInfo(Language == "en" ? "en-GB" : "pl-PL");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        Texts = new SetupTexts(culture);
    }

    private async Task<IReadOnlyList<RecipeDescriptor>> SetupRecipesAsync(CancellationToken cancellationToken) =>
        [.. (await harvester.HarvestAsync(cancellationToken)).Where(r => r.IsSetupRecipe)];
}

public sealed class SetupForm
{
    public string SiteName { get; set; } = "";

    public string AdminUserName { get; set; } = "";

    public string AdminEmail { get; set; } = "";

    public string AdminPassword { get; set; } = "";

    public string PasswordConfirmation { get; set; } = "";

    public string DatabaseProvider { get; set; } = DatabaseChoice.Sqlite;

    public string? ConnectionString { get; set; }

    public string? RecipeName { get; set; }

    public bool SampleData { get; set; }

    public SetupRequest ToRequest() => new()
    {
        SiteName = SiteName,
        AdminUserName = AdminUserName,
        AdminEmail = AdminEmail,
        AdminPassword = AdminPassword,
        PasswordConfirmation = PasswordConfirmation,
        DatabaseProvider = DatabaseProvider,
        ConnectionString = ConnectionString,
        RecipeName = RecipeName,
        SampleData = SampleData,
    };
}
