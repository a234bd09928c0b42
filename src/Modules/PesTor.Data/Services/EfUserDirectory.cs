using Microsoft.EntityFrameworkCore;
using PesTor.Users;

namespace PesTor.Data.Services;

internal sealed class EfUserDirectory(PesTorDbContext db) : IUserDirectory
{
    public async Task<(IReadOnlyList<PesTorUser> Users, int Total)> SearchAsync(string? text, int skip, int take, CancellationToken cancellationToken = default)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            // Logins are matched on Identity's upper-cased copy; names and e-mails lower-cased for every letter on both
            // providers (so "Ę" matches "ę").
            var upper = text.Trim().ToUpperInvariant();
            var lower = text.Trim().ToLowerInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || UnicodeLowerFunction.Lower(u.Email).Contains(lower)
                || (u.FullName != null && UnicodeLowerFunction.Lower(u.FullName).Contains(lower)));
        }

        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.NormalizedUserName).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page, total);
    }

    public async Task<IReadOnlyDictionary<string, PesTorUser>> GetManyAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default) =>
        await db.Roles.AsNoTracking().OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> RolesOfAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var pairs = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<string>)[.. pairs.Where(p => p.UserId == id).Select(p => p.Name!).Order(StringComparer.Ordinal)]);
    }
}
