using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Browser.Admin;

/// <summary>
/// A city editor's day in the admin, by keyboard: a wrong NIP is refused with its message next to the field, the fixed
/// entity is published, edited again as a draft, the versions compared and the first one restored. axe-core checks the
/// dashboard, the list and the editor (also with errors shown).
/// </summary>
public sealed partial class EditorJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Redaktor-Haslo-1";

    [Fact]
    public async Task An_editor_fixes_a_wrong_nip_publishes_edits_a_draft_compares_and_restores_by_keyboard()
    {
        await SetUpAsync();
        await SignInAsync();

        await Page.GotoAsync(Site.Url("/admin"));
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Pulpit");
        await AssertAccessibleAsync(Page);

        await Page.GotoAsync(Site.Url("/admin/tresci?typ=Entity"));
        await AssertAccessibleAsync(Page);

        await Page.GotoAsync(Site.Url("/admin/tresci/nowy/Entity"));
        await AssertAccessibleAsync(Page);
        await Page.FocusAsync("#f-TitlePart-Title");
        await Page.Keyboard.TypeAsync("Fundacja Przeglądarkowa");
        await Page.Locator(".ql-editor").First.FocusAsync();
        await Page.Keyboard.TypeAsync("Opis fundacji");
        await Page.FocusAsync("#f-Entity-LegalForm-filter");
        await Page.Keyboard.TypeAsync("Fundacja");
        await Page.GetByLabel("Fundacja", new() { Exact = true }).FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Page.FocusAsync("#f-Entity-Nip");
        await Page.Keyboard.TypeAsync("1234563219");
        await PressButtonAsync("Opublikuj");

        var nipError = Page.Locator("#f-Entity-Nip-error");
        await Assertions.Expect(nipError).ToHaveTextAsync("NIP musi mieć 10 cyfr z poprawną cyfrą kontrolną.");
        await Assertions.Expect(Page.Locator("#f-Entity-Nip")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Page.Locator("#form-errors")).ToBeFocusedAsync();
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync("#f-Entity-Nip");
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("1234563218");
        await PressButtonAsync("Opublikuj");
        await Page.WaitForURLAsync(new Regex("zapisano=opublikowano"));
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status).Filter(new() { HasText = "Opublikowano." })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator(".ql-editor").First).ToContainTextAsync("Opis fundacji");
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync("#f-TitlePart-Title");
        await Page.Keyboard.PressAsync("End");
        await Page.Keyboard.TypeAsync(" i Spółka");
        await PressButtonAsync("Zapisz szkic");
        await Page.WaitForURLAsync(new Regex("zapisano=szkic"));
        await Assertions.Expect(Page.Locator("#f-TitlePart-Title")).ToHaveValueAsync("Fundacja Przeglądarkowa i Spółka");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Wersje i porównanie" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(new Regex("/wersje$"));
        await Page.GetByLabel("Wersja 1 jako wcześniejsza").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Page.GetByLabel("Wersja 2 jako późniejsza").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await PressButtonAsync("Porównaj wybrane");
        var differences = Page.Locator("section[aria-labelledby=diff-heading] tbody tr");
        await Assertions.Expect(differences.Filter(new() { HasText = "Tytuł" }).First).ToContainTextAsync("Fundacja Przeglądarkowa i Spółka");
        await AssertAccessibleAsync(Page);

        await PressButtonAsync("Przywróć: Wersja 1");
        await Page.WaitForURLAsync(new Regex("zapisano=przywrocono"));
        await Assertions.Expect(Page.Locator("#f-TitlePart-Title")).ToHaveValueAsync("Fundacja Przeglądarkowa");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Historia zmian" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        // Created and published together, saved as a draft, restored: four lines, newest first, all by the editor.
        var lines = Page.Locator("tbody tr");
        await Assertions.Expect(lines).ToHaveCountAsync(4);
        await Assertions.Expect(lines.Nth(0)).ToContainTextAsync("redaktor");
        await Assertions.Expect(lines.Nth(2)).ToContainTextAsync("publikacja");
        await AssertAccessibleAsync(Page);
    }

    /// <summary>Moves focus to the button and presses Enter, as a keyboard user submits.</summary>
    private async Task PressButtonAsync(string name)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private async Task SignInAsync()
    {
        var response = await Page.Context.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "redaktor", password = Password } });
        Assert.Equal(204, response.Status);
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

        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PesTorUser>>();
        var editor = new PesTorUser { UserName = "redaktor", Email = "redaktor@example.org", EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(editor, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(editor, RoleNames.CityEditor)).Succeeded);
    }
}
