using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Queries;
using PesTor.Theme.OutputCaching;
using PesTor.Theme.Program;
using PesTor.Theme.Services;

namespace PesTor.Theme.Pages;

/// <summary>
/// <c>/program</c>: the cooperation program's goal and vision, its indicators, the social clauses register (filtered, with
/// CSV), and what was done under it — trainings, study visits, events and the award.
/// </summary>
[PublicPage]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ProgramPageModel(ProgramReader program, ClauseRegister clauses, IContentQueryService queries, FieldDisplay fields) : PageModel
{
    /// <summary>Each list of activities lives beside a short explanation; a program has a handful of each.</summary>
    private const int ActivitiesShown = 100;

    public ContentItem? Program { get; private set; }

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public ClauseFilter Filter { get; private set; } = new(null, null, null);

    public IReadOnlyList<ClauseRow> Clauses { get; private set; } = [];

    public IReadOnlyList<(string Value, string Label)> Procedures { get; private set; } = [];

    public IReadOnlyList<(string Type, string Heading, IReadOnlyList<ContentItem> Items)> Activities { get; private set; } = [];

    public IReadOnlyList<ContentItem> Awards { get; private set; } = [];

    public IReadOnlyDictionary<string, ItemSummary> AwardSummaries { get; private set; } = new Dictionary<string, ItemSummary>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        HttpContext.TagTypes("Program", "Indicator", "SocialClause", "Training", "StudyVisit", "Event", "Award", "Entity");
        (Program, Indicators) = await program.ReadAsync(cancellationToken);
        Filter = ClauseFilter.From(Request.Query);
        Clauses = await clauses.ListAsync(Filter, cancellationToken);
        Procedures = await fields.OptionsAsync("SocialClause", "ProcurementMode", cancellationToken);

        var activities = new List<(string, string, IReadOnlyList<ContentItem>)>();
        foreach (var (type, heading) in new[] { ("Training", "Szkolenia"), ("StudyVisit", "Wizyty studyjne"), ("Event", "Wydarzenia") })
        {
            var page = await queries.ListAsync(new ContentQuery
            {
                ContentTypes = [type],
                OrderBy = [ContentOrder.ByField("EventPart", "StartDate"), ContentOrder.By(ContentColumn.DisplayText)],
                Take = ActivitiesShown,
            }, cancellationToken: cancellationToken);
            activities.Add((type, heading, page.Items));
        }

        Activities = activities;
        Awards = (await queries.ListAsync(new ContentQuery { ContentTypes = ["Award"], OrderBy = [ContentOrder.By(ContentColumn.DisplayText)], Take = ActivitiesShown }, cancellationToken: cancellationToken)).Items;
        AwardSummaries = await fields.SummariesAsync(Awards, ["Distinction", "Category", "Year", "Laureate", "AwardedOn", "Place"], cancellationToken);
    }

    public string? Text(string name) => Program?.GetField<TextField>("Program", name)?.Text;

    public DateOnly? Date(string name) => Program?.GetField<DateField>("Program", name)?.Value;

    public static DateTime? StartOf(ContentItem item) => item.As<EventPart>()?.StartDate;

    public static IEnumerable<int> Years => Enumerable.Range(2013, Math.Max(1, DateTime.UtcNow.Year - 2012)).Reverse();
}
