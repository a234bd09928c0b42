using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace PesTor.Users.Endpoints;

/// <summary>
/// Cookie sign-in for API callers and scripts. The body must be JSON, which a cross-site form cannot send without a CORS
/// preflight; the cookie is SameSite=Lax and HttpOnly.
/// </summary>
internal static class SignInEndpoints
{
    public sealed record SignInRequest(string? UserName, string? Password);

    public static void MapSignInApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/auth").DisableAntiforgery();
        api.MapPost("/login", LoginAsync);
        api.MapPost("/logout", LogoutAsync);
    }

    private static async Task<IResult> LoginAsync(SignInRequest request, SignInManager<PesTorUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.UserName))
            {
                errors["userName"] = ["Enter your user name."];
            }

            if (string.IsNullOrEmpty(request.Password))
            {
                errors["password"] = ["Enter your password."];
            }

            return Results.ValidationProblem(errors);
        }

        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.NoContent();
        }

        return result.IsLockedOut
            ? Results.Problem("Too many failed attempts; the account is locked for a while.", statusCode: StatusCodes.Status429TooManyRequests)
            : Results.Problem("The user name or password is wrong.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> LogoutAsync(SignInManager<PesTorUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.NoContent();
    }
}
