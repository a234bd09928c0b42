using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Widgets.Services;

namespace PesTor.Widgets.ViewComponents;

/// <summary>
/// A layout zone: <c>@await Component.InvokeAsync("Zone", new { name = "AfterContent" })</c>. Each widget is shown by
/// the view component named after its content type (e.g. <c>MapWidget</c> in PesTor.Maps), so modules add widget kinds
/// without this module knowing them; a widget whose kind no module shows is left out and logged.
/// </summary>
public sealed partial class ZoneViewComponent(ZoneWidgets widgets, IViewComponentSelector selector, ILogger<ZoneViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string name)
    {
        var shown = new List<ContentItem>();
        foreach (var widget in await widgets.ForPageAsync(name, HttpContext.Request.Path.Value ?? "/", HttpContext.RequestAborted))
        {
            if (selector.SelectComponent(widget.ContentType) is null)
            {
                LogNoDisplay(logger, widget.ContentItemId, widget.ContentType, name);
                continue;
            }

            shown.Add(widget);
        }

        return View(new ZoneView(name, shown));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Widget {WidgetId} of type {ContentType} in zone {Zone} is not shown: no module displays that widget type")]
    private static partial void LogNoDisplay(ILogger logger, string widgetId, string contentType, string zone);
}
