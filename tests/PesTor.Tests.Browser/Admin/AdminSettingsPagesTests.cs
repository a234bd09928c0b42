using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Admin;

/// <summary>The administrator's settings pages in a real browser: accessible (axe-core) and usable with the keyboard alone.</summary>
public sealed class AdminSettingsPagesTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Haslo-Bezpieczne-1";

    [Fact]
    public async Task An_administrator_creates_a_role_and_ticks_its_permissions_in_the_matrix_with_the_keyboard()
    {
        await SetUpAndSignInAsync();
        await Page.GotoAsync(Site.Url("/admin/role"));
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync("#Name");
        await Page.Keyboard.TypeAsync("1zla");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#Name-error")).ToContainTextAsync("Nazwa roli ma od 2 do 50 znaków");
        await Assertions.Expect(Page.Locator("#Name")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessibleAsync(Page);

        await Page.FillAsync("#Name", "Koordynator");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("h1")).ToHaveTextAsync("Rola Koordynator");
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync("#p-EditOwn_Offer");
        await Page.Keyboard.PressAsync("Space");
        await Page.FocusAsync("#p-AccessAdmin");
        await Page.Keyboard.PressAsync("Space");
        await Page.FocusAsync("form.role-form button[type=submit]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano.");
        await Assertions.Expect(Page.Locator("#p-EditOwn_Offer")).ToBeCheckedAsync();
        await Assertions.Expect(Page.Locator("#p-AccessAdmin")).ToBeCheckedAsync();
        await Assertions.Expect(Page.Locator("main table.items")).ToContainTextAsync("nadano AccessAdmin, EditOwn_Offer");
        await AssertAccessibleAsync(Page);

        // The administrator's own role: taking ManageRoles away is refused with a message at the matrix.
        await Page.GotoAsync(Site.Url("/admin/role/Administrator"));
        await Page.FocusAsync("#p-ManageRoles");
        await Page.Keyboard.PressAsync("Space");
        await Page.FocusAsync("form.role-form button[type=submit]");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#Permissions-error")).ToContainTextAsync("nikt nie mógłby zarządzać rolami");
        await Assertions.Expect(Page.Locator("#p-ManageRoles")).Not.ToBeCheckedAsync();
        await AssertAccessibleAsync(Page);
    }

    private async Task SetUpAndSignInAsync()
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR", AdminUserName = "admin", AdminEmail = "admin@example.org", AdminPassword = Password, RecipeName = "pestor-torun",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var signIn = await Page.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "admin", password = Password } });
        Assert.True(signIn.Ok);
    }
}
