using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace PesTor.Data.Services;

/// <summary>Nesting transactions over the scope's DbContext: the outermost scope commits, inner scopes join it.</summary>
internal sealed partial class EfUnitOfWork(PesTorDbContext db, ILogger<EfUnitOfWork> logger) : IUnitOfWork
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public async Task<ITransactionScope> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return JoinedScope.Instance;
        }

        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new OwnedScope(this, transaction);
        }
        catch (Exception ex) when (StoreBusy.Is(ex) && ex is not StoreBusyException)
        {
            throw new StoreBusyException("The database is held by another writer; nothing was changed.", ex);
        }
    }

    public void AfterCommit(Func<CancellationToken, Task> action)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("AfterCommit needs an open transaction; call BeginAsync first.");
        }

        _afterCommit.Add(action);
    }

    private async Task RunAfterCommitAsync(CancellationToken cancellationToken)
    {
        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            try
            {
                await action(cancellationToken);
            }
            catch (Exception ex)
            {
                // The change is committed; a failed follow-up (cache eviction) must not turn it into an error.
                LogAfterCommitFailed(logger, ex);
            }
        }
    }

    private void ForgetUncommitted()
    {
        _afterCommit.Clear();
        db.ChangeTracker.Clear();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An after-commit action failed; the committed change stands.")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception);

    private sealed class OwnedScope(EfUnitOfWork owner, IDbContextTransaction transaction) : ITransactionScope
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
            await owner.RunAfterCommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                owner.ForgetUncommitted();
            }

            await transaction.DisposeAsync();
        }
    }

    private sealed class JoinedScope : ITransactionScope
    {
        public static readonly JoinedScope Instance = new();

        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
