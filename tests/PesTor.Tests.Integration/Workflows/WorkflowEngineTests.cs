using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Audit;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Jobs;
using PesTor.Recipes;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Workflows;
using PesTor.Workflows.Jobs;
using PesTor.Workflows.Models;
using PesTor.Workflows.Services;

namespace PesTor.Tests.Integration.Workflows;

/// <summary>Workflows as data: triggers, conditions, activities, recorded runs, webhooks through retried jobs, imports and loops.</summary>
public abstract class WorkflowEngineTests<TSite>(TSite site) : IAsyncLifetime where TSite : WorkflowSite
{
    protected TSite Site { get; } = site;

    public Task InitializeAsync() => Site.RunJobsAsync();

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_webhook_is_signed_and_retried_after_a_500()
    {
        using var listener = WebhookListener.Start();
        listener.AnswerNext(HttpStatusCode.InternalServerError);
        const string secret = "sekret-webhooka-0123456789";
        await SaveAsync(Workflow("webhook-clauses", WorkflowEvents.ContentPublished, "SocialClause",
            new WorkflowActivity { Type = "Webhook", Settings = new() { ["Url"] = listener.Url, ["Secret"] = secret } }));

        var id = await CreateAsync("SocialClause", "Zamówienie do webhooka");
        await Site.RunJobsAsync();
        await WaitForAsync(() => listener.Received.Count >= 2);

        var (failed, delivered) = (listener.Received.First(), listener.Received.Last());
        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK), (failed.Answer, delivered.Answer));
        Assert.Equal(failed.Body, delivered.Body);
        Assert.Equal("POST", delivered.Method);
        Assert.StartsWith("application/json", delivered.ContentType);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(delivered.Body)));
        Assert.Equal(expected, delivered.Headers["X-PesTor-Signature"]);
        using var json = JsonDocument.Parse(delivered.Body);
        Assert.Equal("ContentPublished", json.RootElement.GetProperty("event").GetString());
        Assert.Equal(id, json.RootElement.GetProperty("item").GetProperty("id").GetString());

        await DeleteAsync("webhook-clauses");
        await RemoveAsync(id);
        await Site.RunJobsAsync();
    }

    [Fact]
    public async Task A_webhook_to_an_internal_address_is_refused_when_saved_and_when_sent()
    {
        var errors = await ValidateAsync(Workflow("webhook-internal", WorkflowEvents.ContentPublished, "SocialClause",
            new WorkflowActivity { Type = "Webhook", Settings = new() { ["Url"] = "http://10.0.0.1/hook", ["Secret"] = "sekret-webhooka-0123456789" } }));
        Assert.Contains(errors, e => e.Path == "Activities[0].Settings.Url" && e.Message.Contains("10.0.0.1", StringComparison.Ordinal));

        // A job queued before the rules changed is refused when sent, without a connection and without retries.
        var jobId = await Site.RunAsSystemAsync(async s =>
        {
            var unitOfWork = s.GetRequiredService<PesTor.Data.IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginAsync();
            var id = await s.GetRequiredService<IJobQueue>().EnqueueAsync(WebhookJobHandler.JobKind,
                JsonSerializer.Serialize(new WebhookDelivery("http://10.0.0.1/hook", "sekret-webhooka-0123456789", "ContentPublished", "{}")));
            await transaction.CommitAsync();
            return id;
        });
        await Site.RunJobsAsync();
        var job = await Site.RunAsSystemAsync(s => s.GetRequiredService<IJobQueue>().GetAsync(jobId));
        Assert.Equal((JobStatus.Failed, 1), (job!.Status, job.Attempts));
        Assert.Contains("10.0.0.1", job.LastError, StringComparison.Ordinal);
        Site.Log.Forget($"Job {jobId} ");
    }

    [Fact]
    public async Task A_workflow_that_republishes_its_own_trigger_type_runs_once_and_does_not_loop()
    {
        await SaveAsync(Workflow("department-stamp", WorkflowEvents.ContentPublished, "SocialClause",
            new WorkflowActivity { Type = "SetField", Settings = new() { ["Field"] = "SocialClause.Department", ["Value"] = "Wydział Zamówień Publicznych" } }));

        var id = await CreateAsync("SocialClause", "Zamówienie z pieczątką wydziału");
        for (var i = 0; i < 3; i++)
        {
            await Site.RunJobsAsync();
        }

        var runs = await RunsAsync("department-stamp");
        var run = Assert.Single(runs, r => r.ContentItemId == id);
        Assert.Equal(WorkflowRunStatus.Succeeded, run.Status);
        var item = await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetAsync(id));
        Assert.Equal("Wydział Zamówień Publicznych", item!.GetField<TextField>("SocialClause", "Department")!.Text);
        Assert.Equal(2, (await Site.RunAsSystemAsync(s => s.GetRequiredService<IContentManager>().GetVersionsAsync(id))).Count);

        await DeleteAsync("department-stamp");
        await RemoveAsync(id);
        await Site.RunJobsAsync();
    }

    [Fact]
    public async Task Conditions_choose_which_items_start_a_workflow_and_each_run_records_its_steps()
    {
        await SaveAsync(Workflow("audit-tenders", WorkflowEvents.ContentPublished, "SocialClause",
            new WorkflowActivity { Type = "Audit", Settings = new() { ["Message"] = "Przetarg: {{ item.title }} ({{ item.SocialClause.ProcurementMode }})" } },
            new WorkflowCondition { Field = "SocialClause.ProcurementMode", Operator = ConditionOperator.Eq, Value = "open-tender" }));

        var tender = await CreateAsync("SocialClause", "Przetarg na sprzątanie", i => i.ApplyField("SocialClause", "ProcurementMode", new TextField { Text = "open-tender" }));
        var quotation = await CreateAsync("SocialClause", "Zapytanie o cenę na catering", i => i.ApplyField("SocialClause", "ProcurementMode", new TextField { Text = "request-for-quotation" }));
        await Site.RunJobsAsync();

        var run = Assert.Single(await RunsAsync("audit-tenders"));
        Assert.Equal((tender, WorkflowEvents.ContentPublished, WorkflowRunStatus.Succeeded), (run.ContentItemId, run.Event, run.Status));
        Assert.NotNull(run.FinishedUtc);
        var step = Assert.Single(run.Steps);
        Assert.True(step.Succeeded);
        var audit = await Site.RunAsSystemAsync(s => s.GetRequiredService<IAuditTrail>().LatestAsync(0, 20));
        Assert.Contains(audit, a => a.DisplayText == "Przetarg: Przetarg na sprzątanie (open-tender)" && a.ContentItemId == tender && a.UserName == "workflow:audit-tenders");

        await DeleteAsync("audit-tenders");
        await RemoveAsync(tender);
        await RemoveAsync(quotation);
        await Site.RunJobsAsync();
    }

    [Fact]
    public async Task A_failing_activity_rolls_back_the_runs_changes_and_records_the_error()
    {
        await SaveAsync(Workflow("broken-chain", WorkflowEvents.ContentPublished, "StudyVisit",
            new WorkflowActivity { Type = "Audit", Settings = new() { ["Message"] = "Wizyta {{ item.title }}" } },
            new WorkflowActivity { Type = "SetField", Settings = new() { ["Field"] = "StudyVisit.Nonexistent", ["Value"] = "x" } }));

        var id = await CreateAsync("StudyVisit", "Wizyta w spółdzielni socjalnej");
        await Site.RunJobsAsync();

        var run = Assert.Single(await RunsAsync("broken-chain"));
        Assert.Equal(WorkflowRunStatus.Failed, run.Status);
        Assert.Contains("Nonexistent", run.Error, StringComparison.Ordinal);
        Assert.Equal([true, false], run.Steps.Select(s => s.Succeeded));
        var audit = await Site.RunAsSystemAsync(s => s.GetRequiredService<IAuditTrail>().LatestAsync(0, 50));
        Assert.DoesNotContain(audit, a => a.DisplayText == "Wizyta Wizyta w spółdzielni socjalnej");
        Site.Log.Forget("(workflow.run) failed");

        await DeleteAsync("broken-chain");
        await RemoveAsync(id);
        await Site.RunJobsAsync();
    }

    [Fact]
    public async Task A_recipe_import_starts_only_workflows_that_ask_for_it()
    {
        await SaveAsync(Workflow("audit-awards", WorkflowEvents.ContentPublished, "Award",
            new WorkflowActivity { Type = "Audit", Settings = new() { ["Message"] = "Nagroda {{ item.title }}" } }));
        var onImport = Workflow("audit-awards-on-import", WorkflowEvents.ContentPublished, "Award",
            new WorkflowActivity { Type = "Audit", Settings = new() { ["Message"] = "Nagroda z importu {{ item.title }}" } });
        onImport.TriggerOnImport = true;
        await SaveAsync(onImport);

        await Site.RunAsSystemAsync(async s =>
        {
            var recipe = s.GetRequiredService<IRecipeHarvester>().Parse("""
                { "name": "test-awards", "steps": [ { "name": "Content", "Data": [
                  { "ContentItemId": "award-import-test", "ContentType": "Award", "TitlePart": { "Title": "Nagroda z receptury" } } ] } ] }
                """, "test");
            await s.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
        });
        await Site.RunJobsAsync();

        Assert.Empty(await RunsAsync("audit-awards"));
        Assert.Single(await RunsAsync("audit-awards-on-import"));

        await DeleteAsync("audit-awards");
        await DeleteAsync("audit-awards-on-import");
        await RemoveAsync("award-import-test");
        await Site.RunJobsAsync();
    }

    [Fact]
    public async Task A_daily_workflow_starts_once_per_day_at_its_time()
    {
        var daily = Workflow("daily-audit", WorkflowEvents.Schedule, null,
            new WorkflowActivity { Type = "Audit", Settings = new() { ["Message"] = "Codzienny przegląd ({{ workflow.name }})" } });
        daily.Trigger.ContentTypes.Clear();
        daily.Trigger.Schedule = new WorkflowSchedule { Frequency = ScheduleFrequency.Daily, Time = "06:00" };
        await SaveAsync(daily);

        var morning = new DateTime(2031, 3, 10, 7, 0, 0, DateTimeKind.Utc);
        Assert.Equal(0, await ScheduleAsync(morning)); // first sight: from the next occurrence on
        Assert.Equal(0, await ScheduleAsync(morning.AddHours(12)));
        Assert.Equal(1, await ScheduleAsync(morning.AddDays(1)));
        Assert.Equal(0, await ScheduleAsync(morning.AddDays(1).AddMinutes(5)));
        await Site.RunJobsAsync();

        var run = Assert.Single(await RunsAsync("daily-audit"));
        Assert.Equal((WorkflowEvents.Schedule, WorkflowRunStatus.Succeeded), (run.Event, run.Status));
        Assert.Null(run.ContentItemId);
        await DeleteAsync("daily-audit");
    }

    [Fact]
    public async Task The_recipe_step_names_the_path_of_an_invalid_workflow_and_stores_nothing()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Site.RunAsSystemAsync(async s =>
        {
            var recipe = s.GetRequiredService<IRecipeHarvester>().Parse("""
                { "name": "test-bad-workflow", "steps": [ { "name": "Workflows", "WorkflowTypes": [
                  { "Id": "bad-workflow", "Name": "Zły", "Trigger": { "Events": ["ContentPublished"], "ContentTypes": ["NoSuchType"] },
                    "Activities": [ { "Type": "Audit", "Settings": { "Message": "x" } } ] } ] } ] }
                """, "test");
            await s.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
        }));
        Assert.Equal("steps[0].WorkflowTypes[0].Trigger.ContentTypes", error.Path);
        Assert.Null(await Site.RunAsSystemAsync(s => s.GetRequiredService<WorkflowTypeStore>().GetAsync("bad-workflow")));
        Site.Log.Forget("test-bad-workflow");
    }

    private static WorkflowType Workflow(string id, string eventName, string? contentType, WorkflowActivity activity, WorkflowCondition? condition = null) =>
        Workflow(id, eventName, contentType, [activity], condition);

    private static WorkflowType Workflow(string id, string eventName, string? contentType, WorkflowActivity first, WorkflowActivity second) =>
        Workflow(id, eventName, contentType, [first, second], null);

    private static WorkflowType Workflow(string id, string eventName, string? contentType, List<WorkflowActivity> activities, WorkflowCondition? condition) => new()
    {
        Id = id,
        Name = $"Test {id}",
        Trigger = new WorkflowTrigger
        {
            Events = [eventName],
            ContentTypes = contentType is null ? [] : [contentType],
            Conditions = condition is null ? [] : [condition],
        },
        Activities = activities,
    };

    private Task<IReadOnlyList<(string Path, string Message)>> ValidateAsync(WorkflowType type) =>
        Site.RunAsSystemAsync(s => s.GetRequiredService<WorkflowTypeValidator>().ValidateAsync(type, default));

    private async Task SaveAsync(WorkflowType type)
    {
        Assert.Empty(await ValidateAsync(type));
        await Site.RunAsSystemAsync(s => s.GetRequiredService<WorkflowTypeStore>().SaveAsync(type));
    }

    private Task DeleteAsync(string id) => Site.RunAsSystemAsync(s => s.GetRequiredService<WorkflowTypeStore>().DeleteAsync(id));

    private Task<int> ScheduleAsync(DateTime now) => Site.RunAsSystemAsync(s => s.GetRequiredService<WorkflowScheduler>().EnqueueDueAsync(now, default));

    private Task<IReadOnlyList<WorkflowRun>> RunsAsync(string workflowTypeId) =>
        Site.RunAsSystemAsync(s => s.GetRequiredService<IWorkflowRunStore>().ListAsync(workflowTypeId, 0, 50));

    private Task<string> CreateAsync(string type, string title, Action<ContentItem>? fill = null) => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(type);
        item.Apply(new TitlePart { Title = title });
        fill?.Invoke(item);
        await contents.CreateAsync(item, publish: true);
        return item.ContentItemId;
    });

    private Task RemoveAsync(string id) => Site.RunAsSystemAsync(async s =>
    {
        var contents = s.GetRequiredService<IContentManager>();
        await contents.RemoveAsync((await contents.GetAsync(id, VersionOptions.Latest))!);
    });

    private async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
            await Site.RunJobsAsync();
        }

        Assert.True(condition(), "The expected deliveries did not arrive within five seconds.");
    }
}

public sealed class SqliteWorkflowEngineTests(SqliteWorkflowSite site) : WorkflowEngineTests<SqliteWorkflowSite>(site), IClassFixture<SqliteWorkflowSite>;

public sealed class PostgresWorkflowEngineTests(PostgresWorkflowSite site) : WorkflowEngineTests<PostgresWorkflowSite>(site), IClassFixture<PostgresWorkflowSite>;
