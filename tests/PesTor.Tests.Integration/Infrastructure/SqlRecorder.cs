using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// Records the SQL statements the site runs and the rows each one read while recording is on, so tests can prove a query
/// is one statement and never loads more rows than the page it returns. Rows are counted as the reader closes, for EF
/// Core's LINQ queries and the engine's own statements alike.
/// </summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ConcurrentQueue<(string Sql, int Rows)> _reads = new();
    private volatile bool _recording;

    public IReadOnlyCollection<string> Statements => _statements;

    /// <summary>Each recorded statement's text with the number of rows read from it.</summary>
    public IReadOnlyCollection<(string Sql, int Rows)> Reads => _reads;

    public int RowsRead => _reads.Sum(r => r.Rows);

    public IDisposable Record()
    {
        _statements.Clear();
        _reads.Clear();
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

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Read(command, eventData);
        return base.DataReaderClosingAsync(command, eventData, result);
    }

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Read(command, eventData);
        return base.DataReaderClosing(command, eventData, result);
    }

    private void Read(DbCommand command, DataReaderClosingEventData eventData)
    {
        if (_recording && !command.CommandText.Contains("\"Jobs\"", StringComparison.Ordinal))
        {
            // Every reader here is read until Read() answers false, and that last call counts too.
            _reads.Enqueue((command.CommandText, Math.Max(0, eventData.ReadCount - 1)));
        }
    }

    private sealed class Stop(SqlRecorder owner) : IDisposable
    {
        public void Dispose() => owner._recording = false;
    }
}
