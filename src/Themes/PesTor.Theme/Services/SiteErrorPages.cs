using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace PesTor.Theme.Services;

/// <summary>
/// The site's own pages for errors and statuses without a body (404, 403, ...): the request is run again, routed afresh,
/// at <c>/blad/{code}</c>, which renders in the site's layout with a correlation id. An unhandled exception is logged
/// here with that id, so a visitor's quoted id finds the error in the logs. The APIs keep their problem details.
/// </summary>
public sealed partial class SiteErrorPages(RequestDelegate next, RequestDelegate rerouted, ILogger<SiteErrorPages> logger)
{
    public const string PathPrefix = "/blad/";

    /// <summary>
    /// Adds the middleware with its own small pipeline that routes the re-run request afresh over the app's endpoints and
    /// runs the error page. It is a new builder, not <c>app.New()</c>: a copy of the app's properties taken while modules
    /// configure lacks the host's global route builder, and routing would then find no endpoint at all.
    /// </summary>
    public static void Use(IApplicationBuilder app, IEndpointRouteBuilder routes) => app.Use(next =>
    {
        var reroute = new ApplicationBuilder(app.ApplicationServices);
        reroute.UseRouting();
        reroute.UseEndpoints(endpoints =>
        {
            foreach (var source in routes.DataSources)
            {
                endpoints.DataSources.Add(source);
            }
        });
        var rerouted = reroute.Build();
        var logger = app.ApplicationServices.GetService(typeof(ILogger<SiteErrorPages>)) as ILogger<SiteErrorPages>
            ?? throw new InvalidOperationException("Logging is not registered.");
        return new SiteErrorPages(next, rerouted, logger).InvokeAsync;
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(logger, exception, context.Request.Path, CorrelationId(context));
            context.Response.Clear();
            await ShowAsync(context, StatusCodes.Status500InternalServerError);
            return;
        }

        var response = context.Response;
        if (response.StatusCode is >= 400 and < 600 && !response.HasStarted && response.ContentLength is null
            && string.IsNullOrEmpty(response.ContentType) && context.Features.Get<SiteErrorFeature>() is null)
        {
            await ShowAsync(context, response.StatusCode);
        }
    }

    public static string CorrelationId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    private async Task ShowAsync(HttpContext context, int code)
    {
        var originalPath = context.Request.Path;
        var originalQuery = context.Request.QueryString;
        var originalMethod = context.Request.Method;
        context.Features.Set(new SiteErrorFeature(code, originalPath));
        context.Request.Path = PathPrefix + code;
        context.Request.QueryString = QueryString.Empty;
        context.Request.Method = HttpMethods.Get;
        context.Response.StatusCode = code;
        context.SetEndpoint(null);
        context.Request.RouteValues.Clear();
        try
        {
            await rerouted(context);
        }
        finally
        {
            context.Request.Path = originalPath;
            context.Request.QueryString = originalQuery;
            context.Request.Method = originalMethod;
        }
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/graphiql");

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}; correlation id {CorrelationId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string correlationId);
}

/// <summary>Set while the error page is shown: which status it shows and for which address.</summary>
public sealed record SiteErrorFeature(int StatusCode, PathString OriginalPath);
