using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PesTor.ContentManagement;
using PesTor.Security;

namespace PesTor.Admin.Services;

/// <summary>
/// Publishes, unpublishes or deletes items one by one through the content manager, so each is checked against the caller's
/// permissions and runs its events; one item's refusal does not stop the others.
/// </summary>
public sealed partial class BulkContentActions(
    IContentManager contents,
    ValidationMessages messages,
    IStringLocalizer<AdminText> T,
    ILogger<BulkContentActions> logger)
{
    public async Task<BulkResult> RunAsync(BulkAction action, IEnumerable<string> contentItemIds, CancellationToken cancellationToken)
    {
        var result = new BulkResult();
        foreach (var id in contentItemIds.Distinct(StringComparer.Ordinal))
        {
            var item = await contents.GetAsync(id, action == BulkAction.Unpublish ? VersionOptions.Published : VersionOptions.Latest, cancellationToken);
            if (item is null)
            {
                result.Unchanged.Add(id);
                continue;
            }

            try
            {
                var changed = await RunOneAsync(action, item, cancellationToken);
                (changed ? result.Done : result.Unchanged).Add(item.DisplayText);
            }
            catch (ContentAccessDeniedException)
            {
                result.Denied.Add(item.DisplayText);
            }
            catch (ContentValidationException ex)
            {
                result.Failed.Add((item.DisplayText, string.Join(" ", ex.Errors.Select(e => messages.Translate(e.Message)))));
            }
            catch (ContentConcurrencyException)
            {
                result.Failed.Add((item.DisplayText, T["Ktoś zmienił ten element w międzyczasie; spróbuj ponownie."]));
            }
        }

        LogBulk(logger, action, result.Done.Count, result.Unchanged.Count, result.Denied.Count, result.Failed.Count);
        return result;
    }

    private async Task<bool> RunOneAsync(BulkAction action, ContentItem item, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case BulkAction.Publish:
                return !item.Published && await contents.PublishAsync(item, cancellationToken);
            case BulkAction.Unpublish:
                await contents.UnpublishAsync(item, cancellationToken);
                return true;
            default:
                await contents.RemoveAsync(item, cancellationToken);
                return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk {Action}: {Done} done, {Unchanged} unchanged, {Denied} denied, {Failed} failed")]
    private static partial void LogBulk(ILogger logger, BulkAction action, int done, int unchanged, int denied, int failed);
}
