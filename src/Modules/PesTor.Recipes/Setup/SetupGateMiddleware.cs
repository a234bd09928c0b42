using System.Globalization;
using Microsoft.AspNetCore.Http;
using PesTor.Setup;

namespace PesTor.Recipes.Setup;

/// <summary>
/// Until the site is set up every page leads to the setup screen (APIs answer 503); while setup runs every request gets
/// 503 with Retry-After. Health checks always pass through, so orchestrators see "not ready".
/// </summary>
internal sealed class SetupGateMiddleware(RequestDelegate next, ISiteShell shell)
{
    public const string SetupPath = "/setup";

    public async Task InvokeAsync(HttpContext context)
    {
        var state = shell.State;
        var path = context.Request.Path;
        if (state == SiteState.Running || path.StartsWithSegments("/health") || path.StartsWithSegments("/_content/PesTor.Recipes"))
        {
            await next(context);
            return;
        }

        var texts = new SetupTexts(CultureInfo.CurrentUICulture);
        if (state == SiteState.SettingUp)
        {
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(texts["SettingUp"], statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        if (path.StartsWithSegments(SetupPath))
        {
            await next(context);
            return;
        }

        if (path.StartsWithSegments("/api"))
        {
            await Results.Problem(texts["NotSetUp"], statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(SetupPath);
    }
}
