using Microsoft.EntityFrameworkCore;
using PesTor.Data.Records;
using PesTor.Users;

namespace PesTor.Data.Services;

internal sealed class EfEntityClaimStore(PesTorDbContext db) : IEntityClaimStore
{
    private IQueryable<EntityClaimRecord> Claims => db.Set<EntityClaimRecord>().AsNoTracking();

    public async Task<EntityClaim> AddAsync(EntityClaim claim, CancellationToken cancellationToken = default)
    {
        var record = new EntityClaimRecord
        {
            UserId = claim.UserId,
            EntityContentItemId = claim.EntityContentItemId,
            EntityName = claim.EntityName,
            IsProposal = claim.IsProposal,
            Message = claim.Message,
            Status = EntityClaimStatus.Pending,
            CreatedUtc = DateTime.UtcNow,
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return ToClaim(record);
    }

    public async Task<EntityClaim?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        await Claims.Where(c => c.Id == id).Select(c => ToClaim(c)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<EntityClaim>> ListForUserAsync(string userId, CancellationToken cancellationToken = default) =>
        await Claims.Where(c => c.UserId == userId).OrderByDescending(c => c.CreatedUtc).Select(c => ToClaim(c)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EntityClaim>> ListAsync(EntityClaimStatus status, int skip, int take, CancellationToken cancellationToken = default) =>
        await Claims.Where(c => c.Status == status).OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id).Skip(skip).Take(take)
            .Select(c => ToClaim(c)).ToListAsync(cancellationToken);

    public Task<int> CountAsync(EntityClaimStatus status, CancellationToken cancellationToken = default) =>
        Claims.CountAsync(c => c.Status == status, cancellationToken);

    // One conditional UPDATE: of two editors deciding at once, exactly one wins.
    public async Task<bool> DecideAsync(long id, EntityClaimStatus status, string decidedBy, string? note, CancellationToken cancellationToken = default) =>
        await db.Set<EntityClaimRecord>().Where(c => c.Id == id && c.Status == EntityClaimStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.DecidedBy, decidedBy)
                .SetProperty(c => c.DecidedUtc, DateTime.UtcNow).SetProperty(c => c.DecisionNote, note), cancellationToken) == 1;

    public async Task<bool> RevokeAsync(long id, string revokedBy, string note, CancellationToken cancellationToken = default) =>
        await db.Set<EntityClaimRecord>().Where(c => c.Id == id && c.Status == EntityClaimStatus.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, EntityClaimStatus.Revoked).SetProperty(c => c.DecidedBy, revokedBy)
                .SetProperty(c => c.DecidedUtc, DateTime.UtcNow).SetProperty(c => c.DecisionNote, note), cancellationToken) == 1;

    private static EntityClaim ToClaim(EntityClaimRecord r) => new()
    {
        Id = r.Id,
        UserId = r.UserId,
        EntityContentItemId = r.EntityContentItemId,
        EntityName = r.EntityName,
        IsProposal = r.IsProposal,
        Message = r.Message,
        Status = r.Status,
        CreatedUtc = r.CreatedUtc,
        DecidedBy = r.DecidedBy,
        DecidedUtc = r.DecidedUtc,
        DecisionNote = r.DecisionNote,
    };
}
