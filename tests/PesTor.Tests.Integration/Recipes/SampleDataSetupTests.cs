using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;
using PesTor.Validation;

namespace PesTor.Tests.Integration.Recipes;

/// <summary>Setup with sample data gives the original platform's scale, with valid identifiers and places inside Toruń.</summary>
public sealed class SampleDataSetupTests(SqliteSampleSite site) : IClassFixture<SqliteSampleSite>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Entity", 207)]
    [InlineData("Equipment", 43)]
    [InlineData("Offer", 42)]
    [InlineData("Need", 36)]
    [InlineData("Premises", 85)]
    [InlineData("SupportPoint", 25)]
    [InlineData("CultureEvaluationCard", 20)]
    [InlineData("SocialClause", 7)]
    public async Task The_counts_are_exact(string type, int count) =>
        Assert.Equal(count, await site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().CountAsync(new ContentQuery { ContentTypes = [type] })));

    [Theory]
    [InlineData(RoleNames.PesRepresentative, 76)]
    [InlineData(RoleNames.CityEditor, 6)]
    [InlineData(RoleNames.Resident, 47)]
    public async Task The_accounts_have_the_original_mix(string role, int count) =>
        Assert.Equal(count, await site.RunAsSystemAsync(async s => (await s.GetRequiredService<UserManager<PesTorUser>>().GetUsersInRoleAsync(role)).Count));

    [Fact]
    public async Task Every_entity_has_a_valid_nip_and_regon_and_a_place_inside_torun()
    {
        var page = await site.RunAsSystemAsync(s => s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery { ContentTypes = ["Entity"], Take = 1000 }));
        Assert.Equal(207, page.Items.Count);
        Assert.All(page.Items, entity =>
        {
            Assert.True(PolishIdentifiers.IsValidNip(entity.GetField<TextField>("Entity", "Nip")?.Text), entity.DisplayText);
            Assert.True(PolishIdentifiers.IsValidRegon(entity.GetField<TextField>("Entity", "Regon")?.Text), entity.DisplayText);
            var location = entity.GetField<GeoPointField>("Entity", "Location")!;
            Assert.InRange(location.Latitude!.Value, 52.955m, 53.070m);
            Assert.InRange(location.Longitude!.Value, 18.470m, 18.760m);
        });
    }

    [Fact]
    public async Task Offers_point_at_published_entities() =>
        await site.RunAsSystemAsync(async s =>
        {
            var offers = await s.GetRequiredService<IContentQueryService>().ListAsync(new ContentQuery { ContentTypes = ["Offer"], Take = 100 });
            var entityIds = offers.Items.SelectMany(o => o.GetField<ContentPickerField>("Offer", "Entity")!.ContentItemIds).Distinct().ToList();
            var entities = await s.GetRequiredService<IContentManager>().GetManyAsync(entityIds);
            Assert.Equal(entityIds.Count, entities.Count);
        });
}
