using Microsoft.AspNetCore.Identity;
using PesTor.Users;

namespace PesTor.Admin.Services;

/// <summary>
/// User names for the owner column and the owner filter (items store user ids). A page shows few distinct owners, so each
/// is looked up by id (Identity's store keeps EF Core inside PesTor.Data).
/// </summary>
public sealed class UserNames(UserManager<PesTorUser> users)
{
    public async Task<IReadOnlyDictionary<string, string>> ByIdAsync(IEnumerable<string?> ids)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await users.FindByIdAsync(id) is { } user)
            {
                names[id] = user.UserName ?? id;
            }
        }

        return names;
    }

    public async Task<string?> IdOfAsync(string userName) => (await users.FindByNameAsync(userName.Trim()))?.Id;
}
