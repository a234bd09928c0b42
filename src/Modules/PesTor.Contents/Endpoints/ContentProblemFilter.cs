using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PesTor.ContentManagement;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Security;

namespace PesTor.Contents.Endpoints;

/// <summary>
/// Turns the engine's expected failures into problem details with a specific message: bad values and queries are 400
/// (validation errors keyed by field path), conflicts 409, forbidden 403 (401 when nobody is signed in).
/// Anything else is a real fault and goes to the host's exception handler.
/// </summary>
internal sealed class ContentProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ContentValidationException ex)
        {
            var errors = ex.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return Results.ValidationProblem(errors, title: "The content item is not valid.");
        }
        catch (ContentQueryException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The query is not valid.",
                extensions: new Dictionary<string, object?> { ["path"] = ex.Path });
        }
        catch (DefinitionException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The definition is not valid.");
        }
        catch (ContentConcurrencyException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict.");
        }
        catch (ContentAccessDeniedException ex)
        {
            var signedIn = context.HttpContext.User.Identity?.IsAuthenticated == true;
            return Results.Problem(signedIn ? ex.Message : "Sign in first.",
                statusCode: signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                title: signedIn ? "Forbidden." : "Unauthorized.");
        }
        catch (JsonException ex)
        {
            return Results.Problem($"The body is not valid JSON for a content item: {ex.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Bad request.");
        }
    }
}
