using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PesTor.Recipes.Export;
using PesTor.Security;

namespace PesTor.Recipes.Endpoints;

/// <summary>Export the site as a recipe and run a recipe, for administrators (ManageDefinitions).</summary>
internal static class RecipeApiEndpoints
{
    public static void MapRecipeApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/recipes").DisableAntiforgery();
        api.MapGet("/export", ExportAsync);
        api.MapPost("/import", ImportAsync);
    }

    private static async Task<IResult> ExportAsync(HttpContext http, IContentAuthorizer authorizer, ICallerAccessor callers, RecipeExporter exporter, CancellationToken ct)
    {
        if (await DenyAsync(http, authorizer, ct) is { } denied)
        {
            return denied;
        }

        // The caller is allowed to see everything; the export reads as the system so no item is left out by accident.
        using var system = callers.BeginSystemScope();
        var recipe = await exporter.ExportAsync(ct);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{recipe["name"]}.recipe.json\"";
        return Results.Content(recipe.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), "application/json");
    }

    private static async Task<IResult> ImportAsync(HttpContext http, IContentAuthorizer authorizer, IRecipeHarvester harvester, IRecipeExecutor executor, CancellationToken ct)
    {
        if (await DenyAsync(http, authorizer, ct) is { } denied)
        {
            return denied;
        }

        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem("Send the recipe as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(ct);
        try
        {
            var recipe = harvester.Parse(json, "upload");
            await executor.ExecuteAsync(recipe, cancellationToken: ct);
            return Results.NoContent();
        }
        catch (RecipeException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The recipe failed; nothing was kept.",
                extensions: new Dictionary<string, object?> { ["path"] = ex.Path, ["step"] = ex.StepIndex });
        }
    }

    private static async Task<IResult?> DenyAsync(HttpContext http, IContentAuthorizer authorizer, CancellationToken ct)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Problem("Sign in first.", statusCode: StatusCodes.Status401Unauthorized);
        }

        return await authorizer.HasPermissionAsync(http.User, ContentPermissions.ManageDefinitions, ct)
            ? null
            : Results.Problem("Managing definitions is needed to export or import recipes.", statusCode: StatusCodes.Status403Forbidden);
    }
}
