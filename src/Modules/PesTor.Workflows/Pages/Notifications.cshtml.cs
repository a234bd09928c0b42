using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PesTor.Data;
using PesTor.Notifications;
using System.Security.Claims;

namespace PesTor.Workflows.Pages;

/// <summary>The signed-in user's in-app notifications (from workflows), newest first; visiting marks them read.</summary>
[Authorize]
public sealed class NotificationsModel(INotificationStore notifications, IUnitOfWork unitOfWork) : PageModel
{
    public IReadOnlyList<UserNotification> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge();
        }

        Items = await notifications.ListAsync(userId, 100, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Challenge();
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await notifications.MarkAllReadAsync(userId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage();
    }
}
