using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PesTor.Tests.Browser.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PesTor.Tests.Browser.Setup;

/// <summary>The setup screen in a real browser: every test starts on a fresh site that is not set up.</summary>
public sealed class SetupScreenTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string PolishTitle = "Konfiguracja platformy PES-TOR";
    private const string EnglishTitle = "PES-TOR setup";
    private const string GoodPassword = "Haslo-Bezpieczne-1";
    private const float SetupTimeout = 60_000;
    private const string ProgramTitle = "Program współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013–2014";

    [Theory]
    [InlineData("/")]
    [InlineData("/podmioty/jakis-podmiot")]
    public async Task Any_page_of_a_site_that_is_not_set_up_leads_to_the_Polish_setup_screen(string path)
    {
        var response = await Page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal("/setup", new Uri(Page.Url).AbsolutePath);
        await Expect(Heading()).ToHaveTextAsync(PolishTitle);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(Page).ToHaveTitleAsync(PolishTitle);
    }

    [Theory]
    [InlineData("/setup")]
    [InlineData("/setup?lang=en")]
    public async Task Axe_finds_no_WCAG_violations_on_the_setup_screen(string path)
    {
        await Page.GotoAsync(path);
        await Expect(Heading()).ToBeVisibleAsync();

        await AssertAccessibleAsync(Page);
    }

    [Theory]
    [InlineData("/setup")]
    [InlineData("/setup?lang=en")]
    public async Task Axe_finds_no_WCAG_violations_on_the_setup_screen_showing_errors(string path)
    {
        await Page.GotoAsync(path);
        await FillAsync(siteName: "", userName: "ab", email: "nie-mail", password: "short", confirmation: "inne");
        await SubmitButton().ClickAsync();
        await Expect(Page.Locator("#error-summary")).ToBeFocusedAsync();

        await AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task Wrong_inputs_are_explained_next_to_each_field_and_in_the_focused_summary_and_nothing_is_set_up()
    {
        await Page.GotoAsync("/setup");
        await FillAsync(siteName: "", userName: "ab", email: "nie-mail", password: "short", confirmation: "inne");
        await SubmitButton().ClickAsync();

        var summary = Page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Popraw zaznaczone pola:");
        var expected = new Dictionary<string, string[]>
        {
            ["SiteName"] = ["Podaj nazwę serwisu."],
            ["AdminUserName"] = ["Login musi mieć co najmniej 4 znaki i składać się z liter, cyfr, - i _."],
            ["AdminEmail"] = ["Podaj poprawny adres e-mail, np. admin@torun.pl."],
            ["AdminPassword"] =
            [
                "Hasło musi mieć co najmniej 7 znaków.",
                "Hasło musi zawierać cyfrę.",
                "Hasło musi zawierać wielką literę.",
                "Hasło musi zawierać znak inny niż litera i cyfra.",
            ],
            ["PasswordConfirmation"] = ["Hasła się różnią."],
        };
        foreach (var (field, messages) in expected)
        {
            var input = Page.Locator("#" + field);
            await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(input).ToHaveAttributeAsync("aria-describedby", new Regex($@"(^|\s){field}-error(\s|$)"));
            await Expect(Page.Locator($"#{field}-error")).ToHaveTextAsync(string.Join(" ", messages));
            foreach (var message in messages)
            {
                await Expect(summary.GetByRole(AriaRole.Link, new() { Name = message, Exact = true })).ToHaveAttributeAsync("href", "#" + field);
            }
        }

        await Expect(Page.Locator("#AdminUserName")).ToHaveValueAsync("ab");
        await Expect(Page.Locator("#RecipeName")).ToHaveAttributeAsync("aria-invalid", "false");
        var ready = await Page.APIRequest.GetAsync("/health/ready");
        Assert.Equal(503, ready.Status);
        Site.Log.Forget("Health check database with status Unhealthy");
    }

    [Fact]
    public async Task The_form_works_with_the_keyboard_alone()
    {
        await Page.GotoAsync("/setup");

        // Tab from the top of the page walks the controls in reading order.
        var order = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            order.Add(await FocusedAsync());
        }

        Assert.Equal(
            [
                "a:English", "SiteName", "RecipeName", "SampleData", "AdminUserName", "AdminEmail",
                "AdminPassword", "PasswordConfirmation", "DatabaseProvider", "ConnectionString", "button:Utwórz serwis",
            ],
            order);

        // Type everything, with a mistake in the confirmation, and send the form with Enter.
        await Page.ReloadAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("SiteName", await FocusedAsync());
        await Page.Keyboard.TypeAsync("PES-TOR Toruń");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("AdminUserName", await FocusedAsync());
        await Page.Keyboard.TypeAsync("admin");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("admin@example.org");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(GoodPassword);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(GoodPassword + "x");
        await Page.Keyboard.PressAsync("Enter");

        // The server got what was typed: only the confirmation is wrong, and the summary has the focus.
        var summary = Page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(Page.Locator("#SiteName")).ToHaveValueAsync("PES-TOR Toruń");
        await Expect(Page.Locator("#AdminEmail")).ToHaveValueAsync("admin@example.org");

        // From the summary, the keyboard reaches the field in question.
        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("a:Hasła się różnią.", await FocusedAsync());
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#PasswordConfirmation")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_good_setup_with_SQLite_and_the_Torun_recipe_lands_on_the_home_page()
    {
        await Page.GotoAsync("/setup");
        await FillAsync(siteName: "PES-TOR Toruń", userName: "admin", email: "admin@example.org", password: GoodPassword, confirmation: GoodPassword);
        await Page.Locator("#RecipeName").SelectOptionAsync("pestor-torun");
        await Page.Locator("#DatabaseProvider").SelectOptionAsync("Sqlite");

        // Setup with the real recipe takes a few seconds (more on a busy CI machine, where all test projects run at
        // once); then the browser follows the redirect home.
        var home = await Page.RunAndWaitForResponseAsync(
            () => SubmitButton().ClickAsync(new() { Timeout = SetupTimeout }),
            response => response.Request.IsNavigationRequest && response.Url == Site.Url("/"),
            new() { Timeout = SetupTimeout });
        await Page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);
        var ready = await Page.APIRequest.GetAsync("/health/ready");
        Assert.Equal(200, ready.Status);
        Assert.Equal(200, home.Status);
        await Expect(Page.GetByText(ProgramTitle).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_setup_screen_speaks_English_on_request_and_its_language_link_switches_back()
    {
        await Page.GotoAsync("/setup?lang=en");

        await Expect(Heading()).ToHaveTextAsync(EnglishTitle);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Polski" }).ClickAsync();

        await Expect(Heading()).ToHaveTextAsync(PolishTitle);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        Assert.Equal("/setup?lang=pl", new Uri(Page.Url).PathAndQuery);
    }

    private ILocator Heading() => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator SubmitButton() => Page.Locator("form button[type=submit]");

    private async Task FillAsync(string siteName, string userName, string email, string password, string confirmation)
    {
        await Page.Locator("#SiteName").FillAsync(siteName);
        await Page.Locator("#AdminUserName").FillAsync(userName);
        await Page.Locator("#AdminEmail").FillAsync(email);
        await Page.Locator("#AdminPassword").FillAsync(password);
        await Page.Locator("#PasswordConfirmation").FillAsync(confirmation);
    }

    /// <summary>The focused element: its id, or its tag and text when it has no id.</summary>
    private Task<string> FocusedAsync() => Page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; return e.id || e.tagName.toLowerCase() + ':' + e.textContent.trim(); }");
}
