using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// Records the SQL statements the site runs and the entities it materializes while recording is on, so tests can prove
/// a query is one statement and never loads more rows than the page it returns.
/// </summary>
public sealed class SqlRecorder : DbCommandInterceptor, IMaterializationInterceptor
{
    private readonly ConcurrentQueue<string> _statements = new();
    private volatile bool _recording;
    private int _materialized;

    public IReadOnlyCollection<string> Statements => _statements;

    public int Materialized => _materialized;

    public IDisposable Record()
    {
        _statements.Clear();
        Interlocked.Exchange(ref _materialized, 0);
        _recording = true;
        return new Stop(this);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        // The background job loop polls its queue whenever it likes; its statements belong to no request under test.
        if (_recording && !command.CommandText.Contains("\"Jobs\"", StringComparison.Ordinal))
        {
            _statements.Enqueue(command.CommandText);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (_recording)
        {
            Interlocked.Increment(ref _materialized);
        }

        return entity;
    }

    private sealed class Stop(SqlRecorder owner) : IDisposable
    {
        public void Dispose() => owner._recording = false;
    }
}
