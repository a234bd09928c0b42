using PesTor.ContentManagement;
using PesTor.Queries;

namespace PesTor.Theme.Services;

/// <summary>The published cooperation program (the first by title) and its indicators, for the home and program pages.</summary>
public sealed class ProgramReader(IContentQueryService queries)
{
    public async Task<(ContentItem? Program, IReadOnlyList<IndicatorView> Indicators)> ReadAsync(CancellationToken cancellationToken)
    {
        var programs = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = ["Program"],
            OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
            Take = 1,
        }, cancellationToken: cancellationToken);
        if (programs.Items is not [var program])
        {
            return (null, []);
        }

        var indicators = await queries.ListAsync(new ContentQuery
        {
            ContentTypes = ["Indicator"],
            Where = ContentFilter.ByField("Indicator", "Program", FilterOperator.Eq, program.ContentItemId),
            OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
            Take = 100,
        }, cancellationToken: cancellationToken);
        return (program, [.. indicators.Items.Select(IndicatorView.From)]);
    }
}
