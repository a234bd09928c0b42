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

    [Fact]
    public async Task An_administrator_saves_the_smtp_settings_and_sends_a_test_message_with_the_keyboard()
    {
        await SetUpAndSignInAsync();
        await Page.GotoAsync(Site.Url("/admin/ustawienia/poczta"));
        await AssertAccessibleAsync(Page);

        await Page.FillAsync("#Host", Site.Mail.Host);
        await Page.FillAsync("#Port", "port");
        await Page.SelectOptionAsync("#TlsMode", "None");
        await Page.FillAsync("#Sender", "Urząd Miasta <poczta@torun.pl>");
        await Page.FocusAsync("#Sender");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#Port-error")).ToContainTextAsync("Port to liczba od 1 do 65535");
        await Assertions.Expect(Page.Locator("#Port")).ToHaveAttributeAsync("aria-invalid", "true");
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync("#Port");
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync(Site.Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano ustawienia poczty.");
        await AssertAccessibleAsync(Page);

        await Page.FocusAsync("#TestTo");
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("sprawdzenie@torun.pl");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync("Wysłano wiadomość próbną na adres sprawdzenie@torun.pl.");
        var message = await Site.Mail.WaitForMessageAsync("sprawdzenie@torun.pl");
        Assert.Equal("poczta@torun.pl", message.From.Mailboxes.Single().Address);
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
