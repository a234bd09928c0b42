using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace PesTor.Theme.Pages;

/// <summary>
/// The site's error page (<c>/blad</c> after an unhandled error, <c>/blad/{code}</c> for 404 and other statuses). It shows
/// the correlation id the logs carry for the failed request, so a visitor can quote it and staff can find the error.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed partial class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; } = StatusCodes.Status500InternalServerError;

    public string CorrelationId { get; private set; } = "";

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private IActionResult Show(int? code)
    {
        // Only re-executed requests come here; asked for directly, the page is just not there.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (reExecuted is null && failure is null)
        {
            return NotFound();
        }

        Code = failure is not null ? StatusCodes.Status500InternalServerError : code ?? StatusCodes.Status500InternalServerError;
        CorrelationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
        if (failure is not null)
        {
            LogErrorShown(logger, failure.Path, CorrelationId);
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Error page shown for {Path}; correlation id {CorrelationId}")]
    private static partial void LogErrorShown(ILogger logger, string path, string correlationId);
}
