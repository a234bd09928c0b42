namespace PesTor.Admin;

/// <summary>
/// A module's contribution to the admin's side navigation. The admin theme asks every provider, keeps the items whose
/// <see cref="AdminMenuItem.Permission"/> the caller holds, and renders them; a provider may also leave out items itself
/// (for example list links of content types the caller cannot see).
/// </summary>
public interface IAdminMenuProvider
{
    Task<IEnumerable<AdminMenuItem>> GetItemsAsync(CancellationToken cancellationToken = default);
}
