using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Indicators;
using PesTor.Indicators.Services;
using PesTor.Notifications;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Integration.Indicators;

/// <summary>The program's indicators keep themselves: recounted from content events through workflows and jobs, with history.</summary>
public abstract class IndicatorTests<TSite>(TSite site) : IAsyncLifetime where TSite : WorkflowSite
{
    private const string Clauses = "indicator-social-clauses";
    private const string Trainings = "indicator-qualification-trainings";
    private const string Meetings = "indicator-monitoring-meetings";

    protected TSite Site { get; } = site;

    public Task InitializeAsync() => Site.RunJobsAsync();

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Setup_records_each_indicators_value_from_the_recipe_in_its_history()
    {
        var history = await HistoryAsync(Clauses);
        var first = history[0];
        Assert.Equal(7m, first.Value);
        Assert.Equal(IndicatorValueSource.Recipe, first.Source);
        Assert.Equal(7m, await CurrentAsync(Clauses));
        Assert.Equal(2m, await CurrentAsync(Trainings));
    }

    [Fact]
    public async Task Publishing_an_eighth_social_clause_moves_the_indicator_to_eight_and_unpublishing_or_deleting_moves_it_back()
    {
        var rowsBefore = (await HistoryAsync(Clauses)).Count;
        var clause = await CreateAsync("SocialClause", "Zamówienie z klauzulą społeczną nr 8", _ => { });
        await Site.RunJobsAsync();
        Assert.Equal(8m, await CurrentAsync(Clauses));
        var history = await HistoryAsync(Clauses);
        Assert.Equal(rowsBefore + 1, history.Count);
        Assert.Equal((8m, IndicatorValueSource.Recount), (history[^1].Value, history[^1].Source));

        await WithContentAsync(async contents => await contents.UnpublishAsync((await contents.GetAsync(clause))!));
        await Site.RunJobsAsync();
        Assert.Equal(7m, await CurrentAsync(Clauses));

        await WithContentAsync(async contents => await contents.PublishAsync((await contents.GetAsync(clause, VersionOptions.Latest))!));
        await Site.RunJobsAsync();
        Assert.Equal(8m, await CurrentAsync(Clauses));

        await WithContentAsync(async contents => await contents.RemoveAsync((await contents.GetAsync(clause, VersionOptions.Latest))!));
        await Site.RunJobsAsync();
        Assert.Equal(7m, await CurrentAsync(Clauses));
        Assert.Equal(rowsBefore + 4, (await HistoryAsync(Clauses)).Count);
    }

    [Fact]
    public async Task A_training_for_the_platform_is_not_a_qualification_training()
    {
        var platform = await CreateAsync("Training", "Szkolenie z obsługi platformy", t => t.ApplyField("Training", "Scope", new TextField { Text = "platform" }));
        await Site.RunJobsAsync();
        Assert.Equal(2m, await CurrentAsync(Trainings));

        var qualification = await CreateAsync("Training", "Ekonomia społeczna w praktyce", t => t.ApplyField("Training", "Scope", new TextField { Text = "qualification" }));
        await Site.RunJobsAsync();
        Assert.Equal(3m, await CurrentAsync(Trainings));

        await RemoveAsync(platform);
        await RemoveAsync(qualification);
        await Site.RunJobsAsync();
        Assert.Equal(2m, await CurrentAsync(Trainings));
    }

    [Fact]
    public async Task Recounting_twice_changes_nothing_the_second_time()
    {
        var rows = (await HistoryAsync(Clauses)).Count;
        await Site.RunAsSystemAsync(s => s.GetRequiredService<IIndicatorRecounter>().RecountAsync(Clauses));
        await Site.RunAsSystemAsync(s => s.GetRequiredService<IIndicatorRecounter>().RecountAsync(Clauses));
        Assert.Equal(rows, (await HistoryAsync(Clauses)).Count);
        Assert.Equal(7m, await CurrentAsync(Clauses));
    }

    [Fact]
    public async Task A_manual_value_keeps_its_note_and_a_value_without_a_note_is_refused()
    {
        var refused = await Site.RunAsSystemAsync(s => s.GetRequiredService<ManualIndicatorValues>().SetAsync(Meetings, 3, " ", default));
        Assert.Contains("Note", refused.Errors.Keys);
        var counted = await Site.RunAsSystemAsync(s => s.GetRequiredService<ManualIndicatorValues>().SetAsync(Clauses, 3, "Z protokołu", default));
        Assert.Contains("Value", counted.Errors.Keys);

        var result = await Site.RunAsSystemAsync(s => s.GetRequiredService<ManualIndicatorValues>().SetAsync(Meetings, 3, "Protokół posiedzenia zespołu z 12.11.2013", default));
        Assert.True(result.Succeeded);
        var last = (await HistoryAsync(Meetings))[^1];
        Assert.Equal((3m, IndicatorValueSource.Manual, "Protokół posiedzenia zespołu z 12.11.2013"), (last.Value, last.Source, last.Note));
        Assert.Equal(3m, await CurrentAsync(Meetings));

        Assert.True((await Site.RunAsSystemAsync(s => s.GetRequiredService<ManualIndicatorValues>().SetAsync(Meetings, 2, "Korekta: spotkanie z 12.11 było roboczym", default))).Succeeded);
        Assert.Equal(2m, await CurrentAsync(Meetings));
    }

    [Fact]
    public async Task Reaching_the_target_sets_achieved_and_notifies_the_city_editors()
    {
        var editorId = await Site.RunAsSystemAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PesTorUser>>();
            if (await users.FindByNameAsync("urzednik") is { } existing)
            {
                return existing.Id;
            }

            var user = new PesTorUser { UserName = "urzednik", Email = "urzednik@torun.example", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Urzednik-Haslo-1")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "CityEditor")).Succeeded);
            return user.Id;
        });

        var added = new List<string>();
        for (var i = 8; i <= 10; i++)
        {
            added.Add(await CreateAsync("SocialClause", $"Zamówienie z klauzulą społeczną nr {i}", _ => { }));
        }

        await Site.RunJobsAsync();
        Assert.Equal(10m, await CurrentAsync(Clauses));
        Assert.True(await AchievedAsync(Clauses));
        var notifications = await Site.RunAsSystemAsync(s => s.GetRequiredService<INotificationStore>().ListAsync(editorId, 10));
        Assert.Contains(notifications, n => n.Title == "Wskaźnik osiągnięty: Liczba zastosowanych klauzul społecznych" && n.Link == "/admin/wskazniki");

        foreach (var id in added)
        {
            await RemoveAsync(id);
        }

        await Site.RunJobsAsync();
        Assert.Equal(7m, await CurrentAsync(Clauses));
        Assert.False(await AchievedAsync(Clauses));
    }

    private Task<string> CreateAsync(string type, string title, Action<ContentItem> fill) => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(type);
        item.Apply(new TitlePart { Title = title });
        fill(item);
        await contents.CreateAsync(item, publish: true);
        return item.ContentItemId;
    });

    private Task RemoveAsync(string id) =>
        WithContentAsync(async contents => await contents.RemoveAsync((await contents.GetAsync(id, VersionOptions.Latest))!));

    private Task WithContentAsync(Func<IContentManager, Task> action) =>
        Site.RunAsSystemAsync(s => action(s.GetRequiredService<IContentManager>()));

    private Task<decimal?> CurrentAsync(string id) => Site.RunAsSystemAsync(async s =>
        (await s.GetRequiredService<IContentManager>().GetAsync(id))!.GetField<NumericField>("Indicator", "Current")?.Value);

    private Task<bool> AchievedAsync(string id) => Site.RunAsSystemAsync(async s =>
        (await s.GetRequiredService<IContentManager>().GetAsync(id))!.GetField<BooleanField>("Indicator", "Achieved")?.Value ?? false);

    private Task<IReadOnlyList<IndicatorHistoryEntry>> HistoryAsync(string id) =>
        Site.RunAsSystemAsync(s => s.GetRequiredService<IIndicatorHistoryStore>().ListAsync([id]));
}

public sealed class SqliteIndicatorTests(SqliteWorkflowSite site) : IndicatorTests<SqliteWorkflowSite>(site), IClassFixture<SqliteWorkflowSite>;

public sealed class PostgresIndicatorTests(PostgresWorkflowSite site) : IndicatorTests<PostgresWorkflowSite>(site), IClassFixture<PostgresWorkflowSite>;
