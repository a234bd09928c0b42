using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Queries;

namespace PesTor.Theme.Pages;

/// <summary>The home page: the program's goal and vision and its indicators, read as the visitor may see them.</summary>
public sealed class IndexModel(IContentQueryService queries) : PageModel
{
    public ContentItem? Program { get; private set; }

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programs = await queries.ListAsync(new ContentQuery { ContentTypes = ["Program"], Take = 1 }, cancellationToken: cancellationToken);
        Program = programs.Items.FirstOrDefault();
        if (Program is null)
        {
            return;
        }

        var indicators = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = ["Indicator"],
            Where = ContentFilter.ByField("Indicator", "Program", FilterOperator.Eq, Program.ContentItemId),
            Take = 50,
        }, cancellationToken: cancellationToken);
        Indicators = [.. indicators.Items.Select(IndicatorView.From)];
    }

    public string? Field(string name) => Program?.GetField<TextField>("Program", name)?.Text;
}

public sealed record IndicatorView(string Title, decimal Target, decimal Current, string Unit)
{
    public static IndicatorView From(ContentItem item) => new(
        item.DisplayText,
        item.GetField<NumericField>("Indicator", "Target")?.Value ?? 0,
        item.GetField<NumericField>("Indicator", "Current")?.Value ?? 0,
        item.GetField<TextField>("Indicator", "Unit")?.Text ?? "");
}
