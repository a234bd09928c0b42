using Microsoft.Extensions.DependencyInjection;
using PesTor.Bench.Data;
using PesTor.Bench.Hosting;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;

namespace PesTor.Bench.Scenarios;

/// <summary>
/// Before measuring, checks that each scenario answers correctly (so a fast wrong answer cannot pass) and reports how
/// many items each filter matches at this size.
/// </summary>
internal static class ScenarioChecks
{
    public static async Task<string> RunAsync(BenchSite site, IReadOnlyList<DatasetEntity> loaded, CancellationToken cancellationToken) =>
        await site.RunAsSystemAsync(async services =>
        {
            var queries = services.GetRequiredService<IContentQueryService>();
            var byLegalForm = loaded.Count(e => e.Published && e.LegalForm == ContentQueryScenarios.LegalForm);
            var byCity = loaded.Count(e => e.Published && e.City == ContentQueryScenarios.City);
            var byWord = loaded.Count(e => e.Published && e.Name.Contains(ContentQueryScenarios.ContainsWord, StringComparison.Ordinal));

            var entity = ContentQuery.ForType(BenchModel.EntityType);
            await ExpectCountAsync(queries, entity, loaded.Count(e => e.Published), "all entities", cancellationToken);
            await ExpectCountAsync(queries, entity with { Where = ContentQueryScenarios.ByLegalForm }, byLegalForm, "legal form", cancellationToken);
            await ExpectCountAsync(queries, entity with { Where = ContentQueryScenarios.ByCity }, byCity, "city", cancellationToken);
            await ExpectCountAsync(queries, entity with { Where = ContentQueryScenarios.ByNameWord }, byWord, "name word", cancellationToken);

            foreach (var scenario in ContentQueryScenarios.All.Where(s => !s.IsCount))
            {
                var page = await queries.ListAsync(scenario.Query, cancellationToken: cancellationToken);
                CheckPage(scenario, page.Items);
            }

            return $"matches: {ContentQueryScenarios.LegalForm} {byLegalForm}, city '{ContentQueryScenarios.City}' {byCity}, " +
                $"name contains '{ContentQueryScenarios.ContainsWord}' {byWord} ({100.0 * byWord / loaded.Count:0.00}%) of {loaded.Count}";
        });

    private static async Task ExpectCountAsync(IContentQueryService queries, ContentQuery query, int expected, string what, CancellationToken cancellationToken)
    {
        var actual = await queries.CountAsync(query, cancellationToken);
        if (actual != expected)
        {
            throw new InvalidOperationException($"Counting by {what} gave {actual}, expected {expected}.");
        }
    }

    private static void CheckPage(Scenario scenario, IReadOnlyList<ContentItem> items)
    {
        if (items.Count != ContentQueryScenarios.PageSize)
        {
            throw new InvalidOperationException($"{scenario.Name} listed {items.Count} items, expected {ContentQueryScenarios.PageSize}.");
        }

        for (var i = 1; i < items.Count; i++)
        {
            if (string.CompareOrdinal(items[i - 1].DisplayText, items[i].DisplayText) > 0
                && string.Compare(items[i - 1].DisplayText, items[i].DisplayText, StringComparison.InvariantCulture) > 0)
            {
                throw new InvalidOperationException($"{scenario.Name} is not ordered by title: '{items[i - 1].DisplayText}' before '{items[i].DisplayText}'.");
            }
        }

        if (ReferenceEquals(scenario.Query.Where, ContentQueryScenarios.ByLegalForm)
            && items.Any(item => item.GetField<TaxonomyField>(BenchModel.EntityType, EntityFields.LegalForm)?.TermContentItemIds.Contains(ContentQueryScenarios.LegalForm) != true))
        {
            throw new InvalidOperationException($"{scenario.Name} listed an item of another legal form.");
        }
    }
}
