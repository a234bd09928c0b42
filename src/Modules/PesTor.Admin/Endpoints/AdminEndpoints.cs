using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Admin.Endpoints;

/// <summary>The admin's JSON endpoint for the content picker's search, for admin users only.</summary>
internal static class AdminEndpoints
{
    private const int PickerResults = 20;

    public static void MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin").RequireAuthorization(PermissionPolicies.AccessAdmin);
        admin.MapGet("/tresci/wybor", SearchAsync);
    }

    /// <summary>Items whose title contains the text, of the picker's types, as the caller may see them (latest versions).</summary>
    private static async Task<IResult> SearchAsync(string[]? typ, string? q, IContentQueryService queries, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        try
        {
            var page = await queries.ListAsync(new ContentQuery
            {
                ContentTypes = typ ?? [],
                Status = ContentStatus.Latest,
                Where = text.Length == 0 ? null : ContentFilter.ByColumn(ContentColumn.DisplayText, FilterOperator.Contains, text),
                OrderBy = [ContentOrder.By(ContentColumn.DisplayText)],
                Take = PickerResults,
            }, includeTotal: false, cancellationToken);
            return Results.Ok(page.Items.Select(i => new { id = i.ContentItemId, title = i.DisplayText, type = i.ContentType }));
        }
        catch (ContentQueryException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
