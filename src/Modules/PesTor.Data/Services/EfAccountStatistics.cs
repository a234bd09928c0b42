using Microsoft.EntityFrameworkCore;
using PesTor.Users;

namespace PesTor.Data.Services;

/// <summary>Counts accounts per role in one grouped query over Identity's tables.</summary>
public sealed class EfAccountStatistics(PesTorDbContext db) : IAccountStatistics
{
    public async Task<IReadOnlyDictionary<string, int>> CountByRoleAsync(CancellationToken cancellationToken = default)
    {
        var counts = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            group userRole by role.Name into byRole
            select new { Role = byRole.Key, Count = byRole.Count() })
            .ToListAsync(cancellationToken);
        return counts.Where(c => c.Role is not null).ToDictionary(c => c.Role!, c => c.Count, StringComparer.Ordinal);
    }
}
