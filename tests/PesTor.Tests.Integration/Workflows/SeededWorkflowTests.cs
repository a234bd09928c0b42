using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Recipes;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Integration.Workflows;

/// <summary>The workflows pestor-torun seeds, e-mailing through a real SMTP listener; imports never mail anyone.</summary>
public abstract class SeededWorkflowTests<TSite>(TSite site) : IAsyncLifetime where TSite : WorkflowSite
{
    private const string EditorEmail = "redakcja@torun.example";
    private const string ResidentEmail = "mieszkanka@torun.example";

    protected TSite Site { get; } = site;

    public async Task InitializeAsync()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PesTorUser>>();
            await EnsureUserAsync(users, "redakcja", EditorEmail, "CityEditor");
            await EnsureUserAsync(users, "mieszkanka", ResidentEmail, "Resident");
        });
        await Site.RunJobsAsync();
    }

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_residents_need_submitted_for_moderation_is_mailed_to_the_city_editors()
    {
        string? needId = null;
        await Site.RunAsAsync("mieszkanka", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var need = await NewNeedAsync(contents, "Potrzebny rzutnik na zajęcia świetlicy");
            await contents.CreateAsync(need, publish: false);
            needId = need.ContentItemId;
        });
        await Site.RunJobsAsync();

        var mail = await Site.Mail.WaitForMessageAsync(EditorEmail);
        Assert.Equal("Zapotrzebowanie do moderacji: Potrzebny rzutnik na zajęcia świetlicy", mail.Subject);
        Assert.Contains("Potrzebny rzutnik na zajęcia świetlicy", mail.TextBody, StringComparison.Ordinal);
        await RemoveAsync(needId!);
    }

    [Fact]
    public async Task A_response_to_a_need_is_mailed_to_the_needs_author()
    {
        string? needId = null;
        await Site.RunAsAsync("mieszkanka", async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var need = await NewNeedAsync(contents, "Szukam stolarza do naprawy ławek");
            await contents.CreateAsync(need, publish: false);
            needId = need.ContentItemId;
        });
        await Site.RunJobsAsync();
        await Site.Mail.WaitForMessageAsync(EditorEmail);

        var responseId = await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var response = await contents.NewAsync("NeedResponse");
            response.ApplyField("NeedResponse", "Need", new ContentPickerField { ContentItemIds = [needId!] });
            response.ApplyField("NeedResponse", "Message", new TextField { Text = "Spółdzielnia socjalna Drewno naprawi ławki w przyszłym tygodniu." });
            await contents.CreateAsync(response, publish: true);
            return response.ContentItemId;
        });
        await Site.RunJobsAsync();

        var mail = await Site.Mail.WaitForMessageAsync(ResidentEmail);
        Assert.Equal("Nowa odpowiedź na Twoje zapotrzebowanie", mail.Subject);
        Assert.Contains("Spółdzielnia socjalna Drewno naprawi ławki", mail.TextBody, StringComparison.Ordinal);
        await RemoveAsync(responseId);
        await RemoveAsync(needId!);
    }

    [Fact]
    public async Task Importing_a_recipe_with_a_residents_need_and_a_response_sends_no_email()
    {
        var before = Site.Mail.Messages.Count;
        var residentId = await Site.RunAsSystemAsync(async s => (await s.GetRequiredService<UserManager<PesTorUser>>().FindByNameAsync("mieszkanka"))!.Id);
        await Site.RunAsSystemAsync(async s =>
        {
            var recipe = s.GetRequiredService<IRecipeHarvester>().Parse($$"""
                { "name": "test-needs", "steps": [ { "name": "Content", "Data": [
                  { "ContentItemId": "need-import-test", "ContentType": "Need", "Owner": "{{residentId}}", "Published": false,
                    "TitlePart": { "Title": "Zapotrzebowanie z importu" }, "Need": { "RequesterType": { "Text": "resident" } } },
                  { "ContentItemId": "response-import-test", "ContentType": "NeedResponse",
                    "NeedResponse": { "Need": { "ContentItemIds": ["need-import-test"] }, "Message": { "Text": "Odpowiedź z importu" } } } ] } ] }
                """, "test");
            await s.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
        });
        Assert.Equal(0, await Site.RunJobsAsync());
        await Task.Delay(300);
        Assert.Equal(before, Site.Mail.Messages.Count);
        await RemoveAsync("response-import-test");
        await RemoveAsync("need-import-test");
    }

    [Fact]
    public async Task Setting_up_the_toruń_site_queued_no_email()
    {
        var emailJobsAtSetup = await Site.RunAsSystemAsync(s =>
        {
            var db = s.GetRequiredService<PesTor.Data.PesTorDbContext>();
            // Setup ends before this class makes its first account (InitializeAsync, before any test mails anyone).
            var setupOver = s.GetRequiredService<UserManager<PesTorUser>>().Users.Where(u => u.UserName != "admin").Min(u => u.CreatedUtc);
            return Task.FromResult(db.Set<PesTor.Data.Records.JobRecord>().Count(j => j.Kind == "workflow.email" && j.CreatedUtc < setupOver));
        });
        Assert.Equal(0, emailJobsAtSetup);
    }

    private static async Task<ContentItem> NewNeedAsync(IContentManager contents, string title)
    {
        var need = await contents.NewAsync("Need");
        need.Apply(new TitlePart { Title = title });
        need.ApplyField("Need", "RequesterType", new TextField { Text = "resident" });
        need.ApplyField("Need", "Status", new TextField { Text = "open" });
        return need;
    }

    private static async Task EnsureUserAsync(UserManager<PesTorUser> users, string name, string email, string role)
    {
        if (await users.FindByNameAsync(name) is not null)
        {
            return;
        }

        var user = new PesTorUser { UserName = name, Email = email, EmailConfirmed = true, CreatedUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, "Haslo-Testowe-1")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private Task RemoveAsync(string id) => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        await contents.RemoveAsync((await contents.GetAsync(id, VersionOptions.Latest))!);
    });
}

public sealed class SqliteSeededWorkflowTests(SqliteWorkflowSite site) : SeededWorkflowTests<SqliteWorkflowSite>(site), IClassFixture<SqliteWorkflowSite>;

public sealed class PostgresSeededWorkflowTests(PostgresWorkflowSite site) : SeededWorkflowTests<PostgresWorkflowSite>(site), IClassFixture<PostgresWorkflowSite>;
