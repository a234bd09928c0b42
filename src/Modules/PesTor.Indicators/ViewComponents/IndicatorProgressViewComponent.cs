using Microsoft.AspNetCore.Mvc;
using PesTor.Indicators.Services;
using PesTor.Queries;

namespace PesTor.Indicators.ViewComponents;

/// <summary>
/// The program's indicators for the public site: progress and history chart from the same data as the admin dashboard.
/// A page calls <c>@await Component.InvokeAsync("IndicatorProgress")</c> and includes the partial "_IndicatorScripts".
/// </summary>
public sealed class IndicatorProgressViewComponent(IndicatorBoard board) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await board.LoadAsync(ContentStatus.Published, HttpContext.RequestAborted));
}
