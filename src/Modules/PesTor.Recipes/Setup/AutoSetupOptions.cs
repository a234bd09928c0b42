namespace PesTor.Recipes.Setup;

/// <summary>Bound from <c>PesTor:AutoSetup</c> (environment <c>PesTor__AutoSetup__SiteName</c>, ...): setup without the screen.</summary>
public sealed class AutoSetupOptions
{
    public const string SectionName = "PesTor:AutoSetup";

    public string? SiteName { get; set; }

    public string? AdminUserName { get; set; }

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string DatabaseProvider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>The setup recipe; "pestor-torun" when not given. Set it to an empty string for a site with no content model.</summary>
    public string? RecipeName { get; set; } = "pestor-torun";

    public bool SampleData { get; set; }
}
