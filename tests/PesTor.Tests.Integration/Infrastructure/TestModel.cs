using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using PesTor.ContentFields;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Security;
using PesTor.Users;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A small content model shaped like the program's (entities, offers, articles, a private type, taxonomies), so the engine
/// is tested on its own, before recipes exist. Each field kind appears at least once; Offer has two Numeric fields.
/// </summary>
public static class TestModel
{
    public const string LegalFormsId = "legal-forms";
    public const string OwnEditorRole = "OwnEditor";

    public static IEnumerable<ContentTypeDefinition> Types() =>
    [
        Type("Taxonomy", [Part(PartNames.Title), Part(PartNames.Taxonomy)]),
        Type("Entity",
        [
            Part(PartNames.Title),
            Part(PartNames.Autoroute, new JsonObject { ["Pattern"] = "podmioty/{slug}" }),
            Part(PartNames.HtmlBody),
            Part(PartNames.Address),
            Part(PartNames.Contact),
            Part("Entity"),
        ]),
        Type("Offer", [Part(PartNames.Title), Part("Offer")]),
        Type("Article", [Part(PartNames.Title), Part(PartNames.Autoroute, new JsonObject { ["Pattern"] = "aktualnosci/{slug}" }), Part(PartNames.HtmlBody)]),
        Type("Training", [Part(PartNames.Title), Part(PartNames.Event)]),
        Type("NeedResponse", [Part(PartNames.Title), Part("NeedResponse")]),
    ];

    public static IEnumerable<ContentPartDefinition> Parts() =>
    [
        new ContentPartDefinition
        {
            Name = "Entity",
            Fields =
            [
                Field("LegalForm", FieldKinds.Taxonomy, new JsonObject { ["Required"] = true, ["TaxonomyContentItemId"] = LegalFormsId }),
                Field("Nip", FieldKinds.Text, new JsonObject { ["Validator"] = "nip" }),
                Field("Krs", FieldKinds.Text, new JsonObject { ["Validator"] = "krs" }),
                Field("Regon", FieldKinds.Text, new JsonObject { ["Validator"] = "regon" }),
                Field("Location", FieldKinds.GeoPoint),
                Field("Employees", FieldKinds.Numeric, new JsonObject { ["Minimum"] = 0, ["Maximum"] = 100000 }),
                Field("Founded", FieldKinds.Date),
                Field("PublicBenefit", FieldKinds.Boolean),
                Field("Website", FieldKinds.Link),
                Field("Logo", FieldKinds.Media),
                Field("Description", FieldKinds.Html),
                Field("Verified", FieldKinds.DateTime),
            ],
        },
        new ContentPartDefinition
        {
            Name = "Offer",
            Fields =
            [
                Field("Entity", FieldKinds.ContentPicker, new JsonObject { ["Required"] = true, ["DisplayedContentTypes"] = new JsonArray("Entity") }),
                Field("PriceFrom", FieldKinds.Numeric, new JsonObject { ["Scale"] = 2 }),
                Field("PriceTo", FieldKinds.Numeric, new JsonObject { ["Scale"] = 2 }),
                Field("Kind", FieldKinds.Text, new JsonObject
                {
                    ["Editor"] = "Options",
                    ["Options"] = new JsonArray(new JsonObject { ["Value"] = "product" }, new JsonObject { ["Value"] = "service" }),
                }),
            ],
        },
        new ContentPartDefinition { Name = "NeedResponse", Fields = [Field("Message", FieldKinds.Text)] },
    ];

    public static async Task SeedRolesAsync(RoleManager<PesTorRole> roles)
    {
        await RoleAsync(roles, RoleNames.Administrator,
            ContentPermissions.ViewContent, ContentPermissions.EditContent, ContentPermissions.PublishContent,
            ContentPermissions.DeleteContent, ContentPermissions.ManageDefinitions, ContentPermissions.AccessAdmin,
            PesTor.Security.SitePermissions.ManageMedia, "ExecuteGraphQL", PesTor.Security.SitePermissions.ManageSettings);
        await RoleAsync(roles, RoleNames.Anonymous,
            [.. new[] { "Taxonomy", "Entity", "Offer", "Article", "Training" }.Select(t => ContentPermissions.ForType(ContentAction.View, false, t)), "ExecuteGraphQL"]);
        await RoleAsync(roles, OwnEditorRole,
            ContentPermissions.ForType(ContentAction.Edit, true, "Offer"),
            ContentPermissions.ForType(ContentAction.Publish, true, "Offer"),
            ContentPermissions.ForType(ContentAction.Delete, true, "Offer"),
            ContentPermissions.ForType(ContentAction.View, true, "NeedResponse"),
            ContentPermissions.ForType(ContentAction.Edit, true, "NeedResponse"));
    }

    public static async Task<string> CreateUserAsync(UserManager<PesTorUser> users, string userName, string password, string role)
    {
        var user = new PesTorUser { UserName = userName, Email = $"{userName}@example.org", EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user.Id;
    }

    private static async Task RoleAsync(RoleManager<PesTorRole> roles, string name, params string[] permissions)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new PesTorRole { Name = name };
            Check(await roles.CreateAsync(role));
        }

        var granted = (await roles.GetClaimsAsync(role)).Select(c => c.Value).ToHashSet();
        foreach (var permission in permissions.Where(p => !granted.Contains(p)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(RoleNames.PermissionClaimType, permission)));
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    private static ContentTypeDefinition Type(string name, List<ContentTypePartDefinition> parts) =>
        new() { Name = name, DisplayName = name, Parts = parts };

    private static ContentTypePartDefinition Part(string name, JsonObject? settings = null) =>
        new() { Name = name, PartName = name, Settings = settings ?? [] };

    private static ContentPartFieldDefinition Field(string name, string kind, JsonObject? settings = null) =>
        new() { Name = name, FieldKind = kind, Settings = settings ?? [] };
}
