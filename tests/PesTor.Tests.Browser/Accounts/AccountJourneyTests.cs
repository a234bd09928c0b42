using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Security;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Browser.Accounts;

/// <summary>
/// The account journeys in a real browser, with the site's e-mail read from a real SMTP listener: a PES representative
/// registers, verifies the address, claims an entity, a CityEditor approves, the representative edits that entity and
/// not another; a resident submits a need and cannot reach the admin. axe checks every account page and the users admin.
/// </summary>
public sealed class AccountJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Haslo-Testowe-1";

    [Fact]
    public async Task A_representative_registers_verifies_claims_is_approved_and_edits_only_that_entity()
    {
        await SetUpAsync();
        var (mine, other) = (await EntityAsync("Fundacja Przykładowa"), await EntityAsync("Stowarzyszenie Inne"));
        await AccountAsync("redaktor", RoleNames.CityEditor);

        // Registration, first with nothing filled in: the errors are announced and linked to their fields.
        await Page.GotoAsync(Site.Url("/konto/rejestracja"));
        await AssertAccessibleAsync(Page);
        await Page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(Page.Locator("#error-summary")).ToContainTextAsync("Login musi mieć co najmniej 4 znaki.");
        await AssertAccessibleAsync(Page);
        await Page.FillAsync("#UserName", "anna-pes");
        await Page.FillAsync("#FullName", "Anna Nowak");
        await Page.FillAsync("#Email", "anna@example.org");
        await Page.CheckAsync("#AccountType-pes");
        await Page.FillAsync("#Password", Password);
        await Page.FillAsync("#PasswordConfirmation", Password);
        await Page.ClickAsync("main button[type=submit]");
        await Page.WaitForURLAsync("**/konto/sprawdz-poczte");
        await AssertAccessibleAsync(Page);

        var mail = await Site.Mail.WaitForMessageAsync("anna@example.org");
        await Page.GotoAsync(SmtpListener.LinkIn(mail, Site.Url("/konto/potwierdz-email")));
        await Assertions.Expect(Page.Locator("main [role=status]")).ToContainTextAsync("Adres e-mail został potwierdzony.");
        await AssertAccessibleAsync(Page);

        await SignInByKeyboardAsync("anna-pes");
        await Page.WaitForURLAsync("**/konto");
        await AssertAccessibleAsync(Page);

        await Page.GotoAsync(Site.Url("/konto/podmiot"));
        await AssertAccessibleAsync(Page);
        await Page.FillAsync("#q", "Przykładowa");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Button, new() { NameString = "Poproś o przypisanie podmiotu Fundacja Przykładowa" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main [role=status]")).ToContainTextAsync("Zgłoszenie zostało wysłane.");
        await AssertAccessibleAsync(Page);
        await SignOutAsync();

        // The city editor approves from the admin.
        await SignInByKeyboardAsync("redaktor");
        await Page.GotoAsync(Site.Url("/admin"));
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("Zgłoszenia podmiotów czekają (1)");
        await Page.GotoAsync(Site.Url("/admin/zgloszenia-podmiotow"));
        await AssertAccessibleAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { NameString = "Zatwierdź zgłoszenie Fundacja Przykładowa dla anna-pes" }).ClickAsync();
        await Assertions.Expect(Page.Locator("main [role=status]")).ToContainTextAsync("Zgłoszenie zatwierdzone");
        await SignOutAsync();

        // The representative now keeps the entity's profile, and only that entity's.
        await SignInByKeyboardAsync("anna-pes");
        await Page.GotoAsync(Site.Url("/konto/moje"));
        await AssertAccessibleAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { NameString = "Edytuj Fundacja Przykładowa" }).ClickAsync();
        await AssertAccessibleAsync(Page);
        await Page.FillAsync("#Phone", "56 611 22 33");
        await Page.ClickAsync("button[value=szkic]");
        await Page.WaitForURLAsync("**/konto/moje?zrobione=*");
        await Assertions.Expect(Page.Locator("table.items")).ToContainTextAsync("Fundacja Przykładowa");
        var saved = await WithSystemAsync(s => s.GetRequiredService<IContentManager>().GetAsync(mine, VersionOptions.Latest));
        Assert.Equal("56 611 22 33", saved!.As<ContactPart>()!.Phone);

        var foreign = await Page.APIRequest.GetAsync(Site.Url($"/konto/moje/edycja?id={other}"));
        Assert.Equal(404, foreign.Status);
    }

    [Fact]
    public async Task A_resident_submits_a_need_that_waits_and_cannot_reach_the_admin_and_the_users_admin_is_accessible()
    {
        await SetUpAsync();
        await AccountAsync("jan-mieszkaniec", RoleNames.Resident);

        await SignInByKeyboardAsync("jan-mieszkaniec");
        await Page.GotoAsync(Site.Url("/konto/moje"));
        await Page.GetByRole(AriaRole.Link, new() { NameString = "Zgłoś zapotrzebowanie" }).ClickAsync();
        await AssertAccessibleAsync(Page);
        await Page.FillAsync("#Title", "Potrzebna rampa dla wózka");
        await Page.FillAsync("#Description", "Przy wejściu do bloku.");
        await Page.FillAsync("#Quantity", "1");
        await Page.ClickAsync("button[value=szkic]");
        await Assertions.Expect(Page.Locator("main [role=status]")).ToContainTextAsync("Urząd Miasta sprawdzi treść");
        await Assertions.Expect(Page.Locator("table.items")).ToContainTextAsync("czeka na moderację");

        var admin = await Page.APIRequest.GetAsync(Site.Url("/admin"), new() { MaxRedirects = 0 });
        Assert.Equal(302, admin.Status);
        Assert.Contains("/odmowa-dostepu", admin.Headers["location"], StringComparison.Ordinal);
        await SignOutAsync();

        await SignInByKeyboardAsync("admin", "Haslo-Bezpieczne-1");
        await Page.GotoAsync(Site.Url("/admin/uzytkownicy"));
        await AssertAccessibleAsync(Page);
        await Page.FillAsync("#q", "jan");
        await Page.Keyboard.PressAsync("Enter");
        await Page.GetByRole(AriaRole.Link, new() { NameString = "jan-mieszkaniec" }).ClickAsync();
        await AssertAccessibleAsync(Page);
        await Page.GotoAsync(Site.Url("/admin/uzytkownicy/nowy"));
        await AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task A_resident_reads_the_answers_to_her_need_and_moves_her_account_to_a_new_address_by_keyboard()
    {
        await SetUpAsync();
        var ola = await AccountAsync("ola-mieszkanka", RoleNames.Resident);
        await WithSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var need = await contents.NewAsync("Need");
            need.Owner = ola;
            need.Apply(new TitlePart { Title = "Pomoc w remoncie świetlicy" });
            await contents.CreateAsync(need, publish: true);
            var answer = await contents.NewAsync("NeedResponse");
            answer.ApplyField("NeedResponse", "Need", new ContentPickerField { ContentItemIds = [need.ContentItemId] });
            answer.ApplyField("NeedResponse", "Message", new TextField { Text = "Pomalujemy ściany w sobotę." });
            await contents.CreateAsync(answer, publish: true);
            return answer.ContentItemId;
        });

        // "Skierowane do mnie": the answer someone else wrote to her need, in an accessible table.
        await SignInByKeyboardAsync("ola-mieszkanka");
        await Page.GotoAsync(Site.Url("/konto/moje"));
        var addressed = Page.Locator("main table.addressed");
        await Assertions.Expect(Page.Locator("main h2", new() { HasTextString = "Skierowane do mnie" })).ToBeVisibleAsync();
        await Assertions.Expect(addressed).ToContainTextAsync("Pomoc w remoncie świetlicy");
        await Assertions.Expect(addressed).ToContainTextAsync("Pomalujemy ściany w sobotę.");
        await AssertAccessibleAsync(Page);

        // The change of address, from the profile to the confirmation link, with the keyboard alone.
        await Page.GotoAsync(Site.Url("/konto"));
        await Page.GetByRole(AriaRole.Link, new() { NameString = "Zmień adres e-mail" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/konto/zmiana-email");
        await AssertAccessibleAsync(Page);
        await Page.FocusAsync("#NewEmail");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#error-summary")).ToContainTextAsync("Podaj adres e-mail.");
        await AssertAccessibleAsync(Page);
        await Page.FocusAsync("#NewEmail");
        await Page.Keyboard.TypeAsync("ola.nowa@example.org");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(Password);
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main [role=status]")).ToContainTextAsync("ola.nowa@example.org");
        await AssertAccessibleAsync(Page);

        var mail = await Site.Mail.WaitForMessageAsync("ola.nowa@example.org");
        await Page.GotoAsync(SmtpListener.LinkIn(mail, Site.Url("/konto/potwierdz-zmiane-email")));
        await Assertions.Expect(Page.Locator("main [role=status]")).ToContainTextAsync("Adres e-mail konta został zmieniony.");
        await AssertAccessibleAsync(Page);
        await Page.GotoAsync(Site.Url("/konto"));
        await Assertions.Expect(Page.Locator("main dl")).ToContainTextAsync("ola.nowa@example.org");
    }

    private async Task SignInByKeyboardAsync(string login, string password = Password)
    {
        await Page.GotoAsync(Site.Url("/konto/logowanie"));
        await AssertAccessibleAsync(Page);
        await Page.FocusAsync("#UserName");
        await Page.Keyboard.TypeAsync(login);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(password);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => !url.Contains("/konto/logowanie", StringComparison.Ordinal));
    }

    private async Task SignOutAsync()
    {
        await Page.GotoAsync(Site.Url("/konto/wyloguj"));
        await Page.ClickAsync("main button[type=submit]");
        await Page.WaitForURLAsync(Site.Url("/"));
    }

    private async Task SetUpAsync()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR",
            AdminUserName = "admin",
            AdminEmail = "admin@example.org",
            AdminPassword = "Haslo-Bezpieczne-1",
            RecipeName = "pestor-torun",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }

    private Task<string> EntityAsync(string title) => WithSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var entity = await contents.NewAsync("Entity");
        entity.Apply(new TitlePart { Title = title });
        entity.ApplyField("Entity", "LegalForm", new TaxonomyField { TaxonomyContentItemId = "legal-forms", TermContentItemIds = ["fundacja"] });
        await contents.CreateAsync(entity, publish: true);
        return entity.ContentItemId;
    });

    private Task<string> AccountAsync(string login, string role) => WithSystemAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<PesTorUser>>();
        var user = new PesTorUser { UserName = login, Email = login + "@example.org", EmailConfirmed = true, FullName = login, CreatedUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return user.Id;
    });

    private async Task<T> WithSystemAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        return await action(scope.ServiceProvider);
    }
}
