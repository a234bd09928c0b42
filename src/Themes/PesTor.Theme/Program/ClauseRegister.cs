using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;
using PesTor.Theme.Services;

namespace PesTor.Theme.Program;

/// <summary>
/// The register of social clauses applied in the city's procurement, filtered in the content query (year of application,
/// department contains, procedure) and read as the visitor — the page's table and the CSV download use this one list.
/// </summary>
public sealed class ClauseRegister(IContentQueryService queries, IContentManager contents, FieldDisplay fields)
{
    /// <summary>The register is the city's clauses: a few per year. A bound keeps one request's work fixed all the same.</summary>
    public const int MaxRows = 1000;

    public async Task<IReadOnlyList<ClauseRow>> ListAsync(ClauseFilter filter, CancellationToken cancellationToken)
    {
        var where = new List<ContentFilter>();
        if (filter.Year is { } year)
        {
            where.Add(ContentFilter.ByField("SocialClause", "AppliedOn", FilterOperator.Gte, new DateOnly(year, 1, 1)));
            where.Add(ContentFilter.ByField("SocialClause", "AppliedOn", FilterOperator.Lte, new DateOnly(year, 12, 31)));
        }

        if (filter.Department is { } department)
        {
            where.Add(ContentFilter.ByField("SocialClause", "Department", FilterOperator.Contains, department));
        }

        if (filter.Procedure is { } procedure)
        {
            where.Add(ContentFilter.ByField("SocialClause", "ProcurementMode", FilterOperator.Eq, procedure));
        }

        var page = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = ["SocialClause"],
            Where = where.Count == 0 ? null : ContentFilter.And([.. where]),
            OrderBy = [ContentOrder.ByField("SocialClause", "AppliedOn"), ContentOrder.By(ContentColumn.DisplayText)],
            Take = MaxRows,
        }, cancellationToken: cancellationToken);

        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in new[] { "ProcurementMode", "LegalBasis", "ClauseType" })
        {
            labels[name] = (await fields.OptionsAsync("SocialClause", name, cancellationToken)).ToDictionary(o => o.Value, o => o.Label);
        }

        var contractorIds = page.Items.SelectMany(i => i.GetField<ContentPickerField>("SocialClause", "Contractor")?.ContentItemIds ?? []).Distinct().ToList();
        var contractors = contractorIds.Count == 0
            ? []
            : (await contents.GetManyAsync(contractorIds, VersionOptions.Published, cancellationToken)).ToDictionary(i => i.ContentItemId, i => i.DisplayText);

        return [.. page.Items.Select(item =>
        {
            string Text(string name) => item.GetField<TextField>("SocialClause", name)?.Text ?? "";
            string Option(string name) => labels[name].GetValueOrDefault(Text(name)) ?? Text(name);
            return new ClauseRow(
                item.DisplayText,
                Option("ProcurementMode"),
                Text("Department"),
                Option("LegalBasis"),
                Option("ClauseType"),
                Text("TargetGroup"),
                item.GetField<NumericField>("SocialClause", "RequiredPersons")?.Value,
                item.GetField<DateField>("SocialClause", "AppliedOn")?.Value,
                item.GetField<NumericField>("SocialClause", "Value")?.Value,
                string.Join(", ", (item.GetField<ContentPickerField>("SocialClause", "Contractor")?.ContentItemIds ?? []).Select(id => contractors.GetValueOrDefault(id)).OfType<string>()));
        })];
    }
}
