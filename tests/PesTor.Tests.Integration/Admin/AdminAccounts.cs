using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Integration.Admin;

/// <summary>One account per role of SPEC §1 on a site set up from the Toruń recipe (whose Roles step made the roles).</summary>
public static class AdminAccounts
{
    public const string Password = "Konto-Testowe-1";
    public const string CityEditor = "redaktor";
    public const string Resident = "mieszkaniec";
    public const string Representative = "przedstawiciel";
    public const string OtherRepresentative = "przedstawiciel2";

    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>
    {
        [CityEditor] = RoleNames.CityEditor,
        [Resident] = RoleNames.Resident,
        [Representative] = RoleNames.PesRepresentative,
        [OtherRepresentative] = RoleNames.PesRepresentative,
    };

    /// <summary>Creates the accounts once per site (test classes share a site, so this is idempotent); returns user ids by name.</summary>
    public static Task<Dictionary<string, string>> EnsureAsync(TestSite site) => site.RunAsSystemAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<PesTorUser>>();
        var ids = new Dictionary<string, string> { ["admin"] = site.AdminUserId };
        foreach (var (name, role) in RoleOf)
        {
            ids[name] = (await users.FindByNameAsync(name))?.Id ?? await TestModel.CreateUserAsync(users, name, Password, role);
        }

        return ids;
    });
}
