namespace PesTor.Admin;

/// <summary>
/// A card on the admin dashboard (<c>/admin</c>). Modules implement it to show what waits for the caller: the content
/// counts, the caller's drafts and submissions awaiting moderation come from PesTor.Admin; entity claims awaiting approval
/// come from the accounts module. The card reads the caller from <see cref="Security.ICallerAccessor"/> and returns null
/// when it has nothing for this caller (for example without the permission it needs).
/// </summary>
public interface IAdminDashboardCard
{
    /// <summary>Cards are shown in ascending order.</summary>
    int Order { get; }

    Task<AdminDashboardCardModel?> BuildAsync(CancellationToken cancellationToken = default);
}
