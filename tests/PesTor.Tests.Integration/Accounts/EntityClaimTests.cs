using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.Security;
using PesTor.Tests.Integration.Admin;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;
using static PesTor.Tests.Integration.Accounts.AccountPages;

namespace PesTor.Tests.Integration.Accounts;

/// <summary>A representative claims or proposes an entity, a CityEditor decides, and the approval is what lets them edit it.</summary>
public abstract class EntityClaimTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    public async Task InitializeAsync() => await AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_approved_representative_edits_that_entity_and_cannot_edit_another()
    {
        var mine = await PublishedEntityAsync("Fundacja Mój Dom");
        var other = await PublishedEntityAsync("Stowarzyszenie Cudze");
        var login = NewLogin("pes");
        var representative = await RegisterVerifiedAsync(site, login, "pes");

        var found = await BodyAsync(await representative.GetAsync("/konto/podmiot?q=" + Uri.EscapeDataString("Mój Dom")));
        Assert.Contains("Fundacja Mój Dom", found, StringComparison.Ordinal);
        var asked = await PostFormAsync(representative, "/konto/podmiot?handler=Claim", ("entityId", mine));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var again = await PostFormAsync(representative, "/konto/podmiot?handler=Claim", ("entityId", mine));
        Assert.Contains("Już poprosiłeś o ten podmiot.", await BodyAsync(again), StringComparison.Ordinal);
        Assert.Contains("czeka na decyzję urzędu", await BodyAsync(await representative.GetAsync("/konto/podmiot")), StringComparison.Ordinal);

        // Before the approval the entity is not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await representative.GetAsync($"/konto/moje/edycja?id={mine}")).StatusCode);

        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var dashboard = await BodyAsync(await editor.GetAsync("/admin"));
        Assert.Contains("Zgłoszenia podmiotów czekają", dashboard, StringComparison.Ordinal);
        var claimId = await PendingClaimIdAsync(login);
        var approved = await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Approve", ("id", claimId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var decision = await site.Mail.WaitForMessageAsync(login + "@example.org");
        Assert.StartsWith("Zgłoszenie podmiotu Fundacja Mój Dom", decision.Subject, StringComparison.Ordinal);
        Assert.EndsWith("zostało zatwierdzone", decision.Subject, StringComparison.Ordinal);

        var form = await AdminForms.GetPageAsync(representative, $"/konto/moje/edycja?id={mine}");
        Assert.Contains("value=\"Fundacja Mój Dom ", form, StringComparison.Ordinal);
        var saved = await AdminForms.PostAsync(representative, $"/konto/moje/edycja?id={mine}", form,
            [new("Input.Title", "Fundacja Mój Dom"), new("Input.Description", "Pomagamy <script>alert(1)</script> sąsiadom."), new("Input.Phone", "56 654 92 79"), new("zapis", "szkic")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await site.RunAsSystemAsync(async s =>
        {
            var latest = await s.GetRequiredService<IContentManager>().GetAsync(mine, VersionOptions.Latest);
            Assert.Equal("56 654 92 79", latest!.As<PesTor.ContentParts.ContactPart>()!.Phone);
            var html = latest!.As<PesTor.ContentParts.HtmlBodyPart>()!.Html!;
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        });

        Assert.Equal(HttpStatusCode.NotFound, (await representative.GetAsync($"/konto/moje/edycja?id={other}")).StatusCode);
        await site.RunAsAsync(login, async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var theirs = await contents.GetAsync(other, VersionOptions.Published);
            theirs!.DisplayText = "Przejęte";
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.UpdateAsync(theirs));
        });
    }

    [Fact]
    public async Task A_revoked_approval_ends_editing_at_once_and_the_representative_learns_why()
    {
        var entity = await PublishedEntityAsync("Fundacja Cofnięta");
        var login = NewLogin("pes");
        var representative = await RegisterVerifiedAsync(site, login, "pes");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(representative, "/konto/podmiot?handler=Claim", ("entityId", entity))).StatusCode);
        var claimId = (await PendingClaimIdAsync(login)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Approve", ("id", claimId))).StatusCode);
        await site.Mail.WaitForMessageAsync(login + "@example.org");
        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/konto/moje/edycja?id={entity}")).StatusCode);
        Assert.Contains("Cofnij przypisanie", await BodyAsync(await editor.GetAsync("/admin/zgloszenia-podmiotow")), StringComparison.Ordinal);

        var noReason = await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Revoke", ("id", claimId), ("note", ""));
        Assert.Contains("Podaj powód cofnięcia", await BodyAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/konto/moje/edycja?id={entity}")).StatusCode);

        var revoked = await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Revoke", ("id", claimId), ("note", "Osoba nie pracuje już w fundacji."));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var message = await site.Mail.WaitForMessageAsync(login + "@example.org");
        Assert.StartsWith("Cofnięto przypisanie podmiotu Fundacja Cofnięta", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Osoba nie pracuje już w fundacji.", message.TextBody, StringComparison.Ordinal);

        // The same signed-in session loses the entity on its next request, in the pages and in the service layer.
        Assert.Equal(HttpStatusCode.NotFound, (await representative.GetAsync($"/konto/moje/edycja?id={entity}")).StatusCode);
        await site.RunAsAsync(login, async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var item = await contents.GetAsync(entity, VersionOptions.Published);
            item!.DisplayText = "Przejęte po cofnięciu";
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => contents.UpdateAsync(item));
        });
        var page = await BodyAsync(await representative.GetAsync("/konto/podmiot"));
        Assert.Contains("cofnięte", page, StringComparison.Ordinal);
        Assert.Contains("Osoba nie pracuje już w fundacji.", page, StringComparison.Ordinal);
        var twice = await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Revoke", ("id", claimId), ("note", "Jeszcze raz."));
        Assert.Contains("nie jest (już) zatwierdzone", await BodyAsync(twice), StringComparison.Ordinal);
        await site.RunAsAsync(AdminAccounts.Representative, async s =>
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => s.GetRequiredService<PesTor.Users.Services.EntityClaims>().RevokeAsync(1, "x", CancellationToken.None)));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_that_the_representative_sees()
    {
        var entity = await PublishedEntityAsync("Spółdzielnia Odrzucona");
        var login = NewLogin("pes");
        var representative = await RegisterVerifiedAsync(site, login, "pes");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(representative, "/konto/podmiot?handler=Claim", ("entityId", entity))).StatusCode);
        var claimId = (await PendingClaimIdAsync(login)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        var noReason = await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Reject", ("id", claimId), ("note", " "));
        Assert.Contains("Podaj powód odrzucenia", await BodyAsync(noReason), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Reject", ("id", claimId), ("note", "Nie figuruje Pan w KRS."))).StatusCode);
        var twice = await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Approve", ("id", claimId));
        Assert.Contains("To zgłoszenie zostało już rozpatrzone.", await BodyAsync(twice), StringComparison.Ordinal);

        var page = await BodyAsync(await representative.GetAsync("/konto/podmiot"));
        Assert.Contains("odrzucone", page, StringComparison.Ordinal);
        Assert.Contains("Nie figuruje Pan w KRS.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await representative.GetAsync($"/konto/moje/edycja?id={entity}")).StatusCode);
    }

    [Fact]
    public async Task A_proposed_entity_is_a_draft_until_an_editor_approves_it()
    {
        var login = NewLogin("pes");
        var representative = await RegisterVerifiedAsync(site, login, "pes");
        var missing = await PostFormAsync(representative, "/konto/podmiot?handler=Propose", ("Input.Name", "Nowa Spółdzielnia Socjalna"), ("Input.LegalForm", ""));
        Assert.Contains("Wybierz formę prawną.", await BodyAsync(missing), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(representative, "/konto/podmiot?handler=Propose",
            ("Input.Name", "Nowa Spółdzielnia Socjalna"), ("Input.LegalForm", "spoldzielnia_socjalna"), ("Input.Message", "Jestem prezesem."))).StatusCode);

        var claim = await site.RunAsSystemAsync(async s => (await s.GetRequiredService<IEntityClaimStore>().ListForUserAsync(await UserIdAsync(s, login))).Single());
        Assert.True(claim.IsProposal);
        Assert.Null(await site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetAsync(claim.EntityContentItemId, VersionOptions.Published)));

        var editor = await site.ClientAsync(AdminAccounts.CityEditor, AdminAccounts.Password);
        Assert.Contains("Jestem prezesem.", await BodyAsync(await editor.GetAsync("/admin/zgloszenia-podmiotow")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(editor, "/admin/zgloszenia-podmiotow?handler=Approve", ("id", claim.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).StatusCode);
        Assert.NotNull(await site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetAsync(claim.EntityContentItemId, VersionOptions.Published)));
        Assert.Contains("Nowa Spółdzielnia Socjalna", await BodyAsync(await representative.GetAsync("/konto/moje")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_representatives_claim_and_only_claim_approvers_decide()
    {
        var entity = await PublishedEntityAsync("Fundacja Niczyja");
        var resident = await site.ClientAsync(AdminAccounts.Resident, AdminAccounts.Password);
        var page = await resident.GetAsync("/konto/podmiot");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/odmowa-dostepu", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var representative = await site.ClientAsync(AdminAccounts.Representative, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await representative.GetAsync("/admin/zgloszenia-podmiotow")).StatusCode);

        // The service checks the caller too, whatever page calls it.
        await site.RunAsAsync(AdminAccounts.Resident, async s =>
        {
            var errors = await s.GetRequiredService<PesTor.Users.Services.EntityClaims>().ClaimExistingAsync(entity, null, CancellationToken.None);
            Assert.Contains(errors.All, e => e.Message.Contains("tylko przedstawiciel", StringComparison.Ordinal));
        });
        await site.RunAsAsync(AdminAccounts.Representative, async s =>
            await Assert.ThrowsAsync<ContentAccessDeniedException>(() => s.GetRequiredService<PesTor.Users.Services.EntityClaims>().ApproveAsync(1, CancellationToken.None)));
    }

    private Task<string> PublishedEntityAsync(string title) => site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var entity = await contents.NewAsync("Entity");
        entity.Apply(new PesTor.ContentParts.TitlePart { Title = title + " " + Guid.NewGuid().ToString("N")[..4] });
        entity.ApplyField("Entity", "LegalForm", new PesTor.ContentFields.TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] });
        await contents.CreateAsync(entity, publish: true);
        return entity.ContentItemId;
    });

    private Task<long> PendingClaimIdAsync(string login) => site.RunAsSystemAsync(async s =>
        (await s.GetRequiredService<IEntityClaimStore>().ListForUserAsync(await UserIdAsync(s, login))).Single(c => c.Status == EntityClaimStatus.Pending).Id);

    private static async Task<string> UserIdAsync(IServiceProvider services, string login) =>
        (await services.GetRequiredService<UserManager<PesTorUser>>().FindByNameAsync(login))!.Id;
}

public sealed class SqliteEntityClaimTests(SqliteTorunSite site) : EntityClaimTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresEntityClaimTests(PostgresTorunSite site) : EntityClaimTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
