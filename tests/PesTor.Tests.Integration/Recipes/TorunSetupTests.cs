using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Data;
using PesTor.Queries;
using PesTor.Recipes;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Recipes;

/// <summary>A site set up from pestor-torun holds exactly the program of SPEC §3, on both databases.</summary>
public abstract class TorunSetupTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    protected TSite Site { get; } = site;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Program", 1)]
    [InlineData("Indicator", 7)]
    [InlineData("SocialClause", 7)]
    [InlineData("Training", 4)]
    [InlineData("StudyVisit", 4)]
    [InlineData("Award", 1)]
    [InlineData("Taxonomy", 4)]
    [InlineData("Entity", 0)]
    [InlineData("Meeting", 0)]
    public async Task The_seeded_site_holds_exactly_the_program_items(string type, int count) =>
        Assert.Equal(count, await CountAsync(new ContentQuery { ContentTypes = [type] }));

    [Fact]
    public async Task Clauses_trainings_and_visits_carry_the_presentations_facts()
    {
        Assert.Equal(4, await CountAsync(Filter("SocialClause", "SocialClause", "ProcurementMode", "open-tender")));
        Assert.Equal(3, await CountAsync(Filter("SocialClause", "SocialClause", "ProcurementMode", "request-for-quotation")));
        Assert.Equal(2, await CountAsync(Filter("Training", "Training", "Scope", "qualification")));

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var persons = new List<decimal?>();
            for (var i = 1; i <= 7; i++)
            {
                persons.Add((await contents.GetAsync($"clause-{i}"))!.GetField<NumericField>("SocialClause", "RequiredPersons")!.Value);
            }

            Assert.Equal([1m, 1m, 10m, 5m, 1m, 1m, 1m], persons);

            var finance = (await contents.GetAsync("training-2013-09-24"))!;
            Assert.Equal("Finanse i PR w podmiotach ekonomii społecznej", finance.DisplayText);
            Assert.Equal(new DateTime(2013, 9, 24, 0, 0, 0, DateTimeKind.Utc), finance.As<EventPart>()!.StartDate);

            var award = (await contents.GetAsync("award-2012-jestem"))!;
            Assert.Equal("Dwór Artusa", award.GetField<TextField>("Award", "Place")!.Text);
            Assert.Equal(new DateOnly(2013, 6, 19), award.GetField<DateField>("Award", "AwardedOn")!.Value);
        });
    }

    [Fact]
    public async Task The_program_and_its_indicators_are_seeded_exactly()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var program = (await contents.GetAsync("program-2013-2014"))!;
            Assert.Equal("Program współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013–2014", program.DisplayText);
            Assert.Equal(
                "Prężne podmioty ekonomii społecznej w Toruniu działające na rzecz rozwoju miasta i zaspokojenia potrzeb jego mieszkańców.",
                program.GetField<TextField>("Program", "Vision")!.Text);
            Assert.Equal(new DateOnly(2013, 1, 1), program.GetField<DateField>("Program", "PeriodFrom")!.Value);
            Assert.Equal(new DateOnly(2014, 12, 31), program.GetField<DateField>("Program", "PeriodTo")!.Value);

            var clauses = (await contents.GetAsync("indicator-social-clauses"))!;
            Assert.Equal(10m, clauses.GetField<NumericField>("Indicator", "Target")!.Value);
            Assert.Equal(7m, clauses.GetField<NumericField>("Indicator", "Current")!.Value);
            Assert.Equal(["program-2013-2014"], clauses.GetField<ContentPickerField>("Indicator", "Program")!.ContentItemIds);
        });
    }

    [Fact]
    public async Task Running_the_recipe_again_changes_nothing()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var outbox = s.GetRequiredService<IOutbox>();
            var before = (await outbox.ReadAfterAsync(0, 100_000)).Count;
            var definitions = await s.GetRequiredService<PesTor.Metadata.IContentDefinitionManager>().GetDocumentAsync();

            var recipe = (await s.GetRequiredService<IRecipeHarvester>().HarvestAsync()).Single(r => r.Name == "pestor-torun");
            await s.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new Dictionary<string, string> { ["SiteName"] = "PES-TOR test" });

            Assert.Equal(before, (await outbox.ReadAfterAsync(0, 100_000)).Count);
            Assert.Single(await s.GetRequiredService<IContentManager>().GetVersionsAsync("clause-1"));
            Assert.Equal(definitions.Identifier, (await s.GetRequiredService<PesTor.Metadata.IContentDefinitionManager>().GetDocumentAsync()).Identifier);
        });
    }

    [Fact]
    public async Task Visitors_may_read_the_program_but_not_private_types()
    {
        await Site.RunAsAsync(null, async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            Assert.NotNull(await contents.GetAsync("program-2013-2014"));
            var queries = s.GetRequiredService<IContentQueryService>();
            Assert.Equal(7, await queries.CountAsync(new ContentQuery { ContentTypes = ["SocialClause"] }));
            Assert.Equal(0, await queries.CountAsync(new ContentQuery { ContentTypes = ["NeedResponse", "LoanRequest"] }));
        });
    }

    private static ContentQuery Filter(string type, string part, string field, string value) =>
        new() { ContentTypes = [type], Where = ContentFilter.ByField(part, field, FilterOperator.Eq, value) };

    private Task<int> CountAsync(ContentQuery query) =>
        Site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(query));
}

public sealed class SqliteTorunSetupTests(SqliteTorunSite site) : TorunSetupTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresTorunSetupTests(PostgresTorunSite site) : TorunSetupTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
