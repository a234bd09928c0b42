using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using netDumbster.smtp;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Email;
using PesTor.Jobs;
using PesTor.Security;
using PesTor.Setup;
using PesTor.Tests.Browser.Infrastructure;

namespace PesTor.Tests.Browser.Workflows;

/// <summary>An editor builds a workflow in the admin and watches it run; the workflow and indicator pages pass axe-core.</summary>
public sealed class WorkflowEditorTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Password = "Haslo-Bezpieczne-1";

    [Fact]
    public async Task An_editor_adds_a_workflow_with_a_condition_and_an_email_and_sees_its_run_after_publishing()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var smtp = SimpleSmtpServer.Start(port);
        await SetUpAsync(port);
        await SignInAsync();

        await Page.GotoAsync(Site.Url("/admin/przeplywy/edycja"));
        await AssertAccessibleAsync(Page);
        await Page.GetByLabel("Nazwa", new() { Exact = true }).FillAsync("Nowa klauzula w przetargu");
        await Page.GetByLabel("Identyfikator", new() { Exact = true }).FillAsync("nowa-klauzula");
        await Page.GetByLabel("publikacja elementu").CheckAsync();
        await Page.GetByLabel("Typy treści (żaden zaznaczony: każdy typ)").SelectOptionAsync("SocialClause");
        await Page.GetByLabel("Warunek 1: pole").FillAsync("SocialClause.ProcurementMode");
        await Page.GetByLabel("Warunek 1: operator").SelectOptionAsync("Eq");
        await Page.GetByLabel("Warunek 1: wartość").FillAsync("open-tender");
        await Page.GetByLabel("Dodaj czynność").SelectOptionAsync("SendEmail");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Dodaj czynność" }).ClickAsync();

        await Page.GetByLabel("Odbiorcy (wymagane)").SelectOptionAsync("address");
        await Page.GetByLabel("Rola, login, adres lub pole").FillAsync("zamowienia@torun.example");
        await Page.GetByLabel("Temat (wymagane)").FillAsync("Nowa klauzula: {{ item.title }}");
        await Page.GetByLabel("Treść (wymagane)").FillAsync("Opublikowano zamówienie „{{ item.title }}” z klauzulą społeczną.");
        await AssertAccessibleAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zapisz przepływ" }).ClickAsync();
        await Page.WaitForURLAsync("**/admin/przeplywy");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Zapisano przepływ „Nowa klauzula w przetargu”");
        await AssertAccessibleAsync(Page);

        await PublishClauseAsync("Usługi sprzątania budynków Urzędu Miasta", "open-tender");
        await PublishClauseAsync("Catering na forum ekonomii społecznej", "request-for-quotation");
        await Site.Services.GetRequiredService<IJobRunner>().RunDueAsync();

        await Page.GotoAsync(Site.Url("/admin/przeplywy/przebiegi?przeplyw=nowa-klauzula"));
        var runs = Page.Locator("tr.run");
        await Assertions.Expect(runs).ToHaveCountAsync(1);
        await Assertions.Expect(runs.First).ToContainTextAsync("zakończony");
        await runs.First.Locator("summary").ClickAsync();
        await Assertions.Expect(runs.First).ToContainTextAsync("Nowa klauzula: Usługi sprzątania budynków Urzędu Miasta");
        await AssertAccessibleAsync(Page);

        for (var i = 0; i < 50 && smtp.ReceivedEmailCount == 0; i++)
        {
            await Task.Delay(100);
            await Site.Services.GetRequiredService<IJobRunner>().RunDueAsync();
        }

        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.Equal("zamowienia@torun.example", mail.ToAddresses.Single().Address);
    }

    [Fact]
    public async Task The_indicator_dashboard_and_report_have_no_accessibility_violations_and_draw_the_history()
    {
        await SetUpAsync(smtpPort: null);
        await SignInAsync();

        await Page.GotoAsync(Site.Url("/admin/wskazniki"));
        await Assertions.Expect(Page.Locator("canvas[data-history]").First).ToBeVisibleAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => typeof window.Chart === 'function'"), "Chart.js did not load.");
        await AssertAccessibleAsync(Page);

        // A manual value with its note, entered from the keyboard.
        var meetings = Page.Locator("section", new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Liczba spotkań zespołu ds. monitoringu" }) });
        await meetings.GetByLabel("Wartość", new() { Exact = true }).FillAsync("3");
        await meetings.GetByLabel("Notatka (skąd pochodzi wartość)").FillAsync("Protokół z posiedzenia 12.11.2013");
        await meetings.GetByRole(AriaRole.Button, new() { Name = "Zapisz wartość" }).PressAsync("Enter");
        await Assertions.Expect(Page.Locator("main").GetByRole(AriaRole.Status)).ToContainTextAsync("Zapisano wartość");
        await Assertions.Expect(meetings).ToContainTextAsync("Protokół z posiedzenia 12.11.2013");
        await AssertAccessibleAsync(Page);

        await Page.GotoAsync(Site.Url("/admin/wskazniki/raport"));
        await AssertAccessibleAsync(Page);
        await Page.GotoAsync(Site.Url("/admin/przeplywy"));
        await AssertAccessibleAsync(Page);
    }

    private async Task SetUpAsync(int? smtpPort)
    {
        var result = await Site.Services.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "PES-TOR",
            AdminUserName = "admin",
            AdminEmail = "admin@example.org",
            AdminPassword = Password,
            RecipeName = "pestor-torun",
            SampleData = false,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        if (smtpPort is { } port)
        {
            await using var scope = Site.Services.CreateAsyncScope();
            using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
            await scope.ServiceProvider.GetRequiredService<ISmtpSettingsStore>().SaveAsync(new SmtpSettings
            {
                Host = "127.0.0.1",
                Port = port,
                TlsMode = SmtpTlsMode.None,
                Sender = "PES-TOR <noreply@pestor.test>",
            });
        }
    }

    private async Task SignInAsync()
    {
        var response = await Page.Context.APIRequest.PostAsync(Site.Url("/api/auth/login"), new() { DataObject = new { userName = "admin", password = Password } });
        Assert.True(response.Ok, $"Sign-in failed: {response.Status}");
    }

    private async Task PublishClauseAsync(string title, string mode)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync("SocialClause");
        item.Apply(new TitlePart { Title = title });
        item.ApplyField("SocialClause", "ProcurementMode", new TextField { Text = mode });
        await contents.CreateAsync(item, publish: true);
    }
}
