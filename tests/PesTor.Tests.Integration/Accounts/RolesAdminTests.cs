using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Security;
using PesTor.Tests.Integration.Admin;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;
using PesTor.Users.Services;
using static PesTor.Tests.Integration.Accounts.AccountPages;

namespace PesTor.Tests.Integration.Accounts;

/// <summary>The roles admin (ManageRoles): create, edit the permission matrix, delete; changes act on the next request.</summary>
public abstract class RolesAdminTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public async Task InitializeAsync() => await AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_role_s_permissions_act_on_the_next_request_and_every_change_is_in_the_audit_trail()
    {
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var list = await AdminForms.GetPageAsync(admin, "/admin/role");
        Assert.Contains("CityEditor", list, StringComparison.Ordinal);
        var invalid = await AdminForms.PostAsync(admin, "/admin/role", list, [new("Input.Name", "1 zła nazwa")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Nazwa roli ma od 2 do 50 znaków", await BodyAsync(invalid), StringComparison.Ordinal);
        var taken = await AdminForms.PostAsync(admin, "/admin/role", list, [new("Input.Name", "cityeditor")]);
        Assert.Contains("Rola o tej nazwie już istnieje.", await BodyAsync(taken), StringComparison.Ordinal);

        var name = NewLogin("Koordynator");
        var created = await AdminForms.PostAsync(admin, "/admin/role", list, [new("Input.Name", name), new("Input.Description", "Koordynacja lokali")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var roleUrl = "/admin/role/" + name;
        var page = await AdminForms.GetPageAsync(admin, roleUrl);
        Assert.Contains("id=\"p-EditOwn_Offer\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"p-ManageRoles\"", page, StringComparison.Ordinal);
        var unknown = await AdminForms.PostAsync(admin, roleUrl, page, [new("Input.Permissions", "RuleTheWorld")]);
        Assert.Contains("Nie ma takiego uprawnienia: RuleTheWorld.", await BodyAsync(unknown), StringComparison.Ordinal);

        var login = NewLogin("koord");
        await site.RunAsSystemAsync(s => TestModel.CreateUserAsync(s.GetRequiredService<UserManager<PesTorUser>>(), login, AdminAccounts.Password, name));
        var member = await site.ClientAsync(login, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/admin")).StatusCode);
        await AssertAccessAsync(login, ContentAccessLevel.None);

        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, roleUrl, page,
            [new("Input.Description", "Koordynacja lokali"), new("Input.Permissions", "AccessAdmin"), new("Input.Permissions", "Edit_Premises")])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/admin")).StatusCode);
        await AssertAccessAsync(login, ContentAccessLevel.All);

        page = await AdminForms.GetPageAsync(admin, roleUrl);
        Assert.Matches("id=\"p-Edit_Premises\" name=\"Input.Permissions\" value=\"Edit_Premises\" checked=\"checked\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, roleUrl, page, [new("Input.Permissions", "EditOwn_Premises")])).StatusCode);
        var denied = await member.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/odmowa-dostepu", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await AssertAccessAsync(login, ContentAccessLevel.Own);

        page = await BodyAsync(await admin.GetAsync(roleUrl));
        Assert.Contains($"Utworzono rolę {name}.", page, StringComparison.Ordinal);
        Assert.Contains($"Rola {name}: nadano AccessAdmin, Edit_Premises.", page, StringComparison.Ordinal);
        Assert.Contains($"Rola {name}: nadano EditOwn_Premises; odebrano AccessAdmin, Edit_Premises.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_can_take_away_the_last_way_to_manage_roles_and_built_in_roles_stay()
    {
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var page = await AdminForms.GetPageAsync(admin, "/admin/role/Administrator");
        Assert.DoesNotContain("handler=Delete", page, StringComparison.Ordinal);
        var kept = await AdminForms.PostAsync(admin, "/admin/role/Administrator", page, [new("Input.Permissions", "AccessAdmin"), new("Input.Permissions", "ManageUsers")]);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var body = await BodyAsync(kept);
        Assert.Contains("Po tej zmianie nikt nie mógłby zarządzać rolami.", body, StringComparison.Ordinal);
        Assert.Contains("id=\"Permissions-error\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/role")).StatusCode);

        await site.RunAsAsync("admin", async s =>
        {
            var roles = s.GetRequiredService<RoleAdministration>();
            var refused = await roles.DeleteAsync(RoleNames.CityEditor, CancellationToken.None);
            Assert.Equal("Roli wbudowanej nie można usunąć.", Assert.Single(refused.All).Message);
            Assert.NotNull(await s.GetRequiredService<RoleManager<PesTorRole>>().FindByNameAsync(RoleNames.CityEditor));
        });
    }

    [Fact]
    public async Task A_deleted_role_is_taken_from_its_members_at_once()
    {
        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var name = NewLogin("Tymczasowa");
        var list = await AdminForms.GetPageAsync(admin, "/admin/role");
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, "/admin/role", list, [new("Input.Name", name)])).StatusCode);
        var roleUrl = "/admin/role/" + name;
        var page = await AdminForms.GetPageAsync(admin, roleUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminForms.PostAsync(admin, roleUrl, page, [new("Input.Permissions", "AccessAdmin")])).StatusCode);
        var login = NewLogin("tymczas");
        await site.RunAsSystemAsync(s => TestModel.CreateUserAsync(s.GetRequiredService<UserManager<PesTorUser>>(), login, AdminAccounts.Password, name));
        var member = await site.ClientAsync(login, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/admin")).StatusCode);

        page = await AdminForms.GetPageAsync(admin, roleUrl);
        var unconfirmed = await AdminForms.PostAsync(admin, roleUrl + "?handler=Delete", page, []);
        Assert.Contains("Zaznacz potwierdzenie, aby usunąć rolę.", await BodyAsync(unconfirmed), StringComparison.Ordinal);
        var deleted = await AdminForms.PostAsync(admin, roleUrl + "?handler=Delete", page, [new("ConfirmDelete", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(roleUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await (await site.ClientAsync(login, AdminAccounts.Password)).GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Only_role_managers_reach_the_roles_admin_and_a_post_needs_the_antiforgery_token()
    {
        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var response = await editor.GetAsync("/admin/role");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/odmowa-dostepu", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        await site.RunAsAsync(AdminAccounts.CityEditor, async s =>
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => s.GetRequiredService<RoleAdministration>().ListAsync(CancellationToken.None)));

        var admin = await site.ClientAsync("admin", TestSite.AdminPassword);
        var forged = await admin.PostAsync("/admin/role/Resident", new FormUrlEncodedContent([new KeyValuePair<string, string>("Input.Permissions", "AccessAdmin")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("AccessAdmin", await site.RunAsSystemAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<PesTorRole>>();
            return (await roles.GetClaimsAsync((await roles.FindByNameAsync(RoleNames.Resident))!)).Select(c => c.Value).ToList();
        }));
    }

    private Task AssertAccessAsync(string login, ContentAccessLevel expected) => site.RunAsAsync(login, async s =>
    {
        var callers = s.GetRequiredService<ICallerAccessor>();
        Assert.Equal(expected, await s.GetRequiredService<IContentAuthorizer>().GetAccessAsync(callers.Caller, ContentAction.Edit, "Premises"));
    });
}

public sealed class SqliteRolesAdminTests(SqliteTorunSite site) : RolesAdminTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresRolesAdminTests(PostgresTorunSite site) : RolesAdminTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
