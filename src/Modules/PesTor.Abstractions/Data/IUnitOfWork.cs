namespace PesTor.Data;

/// <summary>
/// The database transaction of the current scope. <see cref="BeginAsync"/> nests: an inner call joins the outer
/// transaction, so a recipe can wrap many content writes in one all-or-nothing transaction.
/// </summary>
public interface IUnitOfWork
{
    Task<ITransactionScope> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs once the outermost transaction commits (never if it rolls back), e.g. cache eviction.</summary>
    void AfterCommit(Func<CancellationToken, Task> action);
}

/// <summary>Dispose without <see cref="CommitAsync"/> to roll back.</summary>
public interface ITransactionScope : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}
