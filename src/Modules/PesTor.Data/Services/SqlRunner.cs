using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PesTor.Data.Queries;

namespace PesTor.Data.Services;

/// <summary>
/// Runs SQL the engine compiled itself (<see cref="SqlQuery"/>) as EF Core relational commands: the statement, its
/// parameters, the connection, the transaction, logging and interceptors are EF Core's, but not the LINQ pipeline that
/// <c>FromSqlRaw</c>/<c>SqlQueryRaw</c> put around it (a query tree keyed and looked up under a lock in the compiled-query
/// cache, then shaped) — per statement about as much CPU as the statement itself on a small page, and contended under load.
/// <para>
/// Like a YesSql session, the scope keeps the connection open from its first statement to its end, so a page's few
/// statements share one open instead of taking one from the pool and handing it back each time.
/// </para>
/// </summary>
internal sealed class SqlRunner(PesTorDbContext db) : IAsyncDisposable
{
    private bool _holding;
    private IRawSqlCommandBuilder? _commands;

    public async Task<T?> ScalarAsync<T>(SqlQuery query, CancellationToken cancellationToken)
    {
        var values = await ListAsync<object?>(query, _ => row => row.IsDBNull(0) ? null : row.GetValue(0), cancellationToken);
        return values is [{ } value]
            ? (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture)
            : default;
    }

    /// <param name="reader">Given the open reader (to look up column ordinals once), returns how to read one row.</param>
    public async Task<List<TRow>> ListAsync<TRow>(SqlQuery query, Func<DbDataReader, Func<DbDataReader, TRow>> reader, CancellationToken cancellationToken)
    {
        await HoldAsync(cancellationToken);
        _commands ??= db.GetService<IRawSqlCommandBuilder>();
        var command = _commands.Build(query.Sql, query.Parameters);
        await using var rows = await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(),
                command.ParameterValues,
                readerColumns: null,
                db,
                db.GetService<IRelationalCommandDiagnosticsLogger>(),
                CommandSource.FromSqlQuery),
            cancellationToken);
        var read = reader(rows.DbDataReader);
        var list = new List<TRow>();
        while (await rows.ReadAsync(cancellationToken))
        {
            list.Add(read(rows.DbDataReader));
        }

        return list;
    }

    public async ValueTask DisposeAsync()
    {
        if (_holding)
        {
            _holding = false;
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task HoldAsync(CancellationToken cancellationToken)
    {
        if (!_holding)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _holding = true;
        }
    }
}
