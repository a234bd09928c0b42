using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Admin.Endpoints;

/// <summary>The admin's small endpoints: the picker search (JSON) and the admin script, both for admin users only.</summary>
internal static class AdminEndpoints
{
    private const int PickerResults = 20;
    private static readonly Lazy<byte[]> Script = new(() => ReadResource("PesTor.Admin.Assets.admin.js"));

    public static void MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin").RequireAuthorization(PermissionPolicies.AccessAdmin);
        admin.MapGet("/tresci/wybor", SearchAsync);
        admin.MapGet("/assets/admin.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "private, max-age=3600";
            return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
        });
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

    private static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The admin assembly has no resource {name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
