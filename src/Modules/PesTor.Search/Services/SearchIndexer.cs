using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PesTor.ContentManagement;
using PesTor.Data;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Search.Models;
using PesTor.Security;

namespace PesTor.Search.Services;

/// <summary>
/// Replays the outbox into this node's indexes after each index's own cursor. A message only says which items changed;
/// the indexer loads their current published (public index) and latest (editors' index) versions in bulk and writes or
/// deletes one document per item, so replaying a message twice changes nothing and documents are never duplicated.
/// Each batch ends in one commit per index that carries its cursor. One batch or rebuild runs at a time per node.
/// </summary>
internal sealed partial class SearchIndexer(
    SearchIndexes indexes,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<SearchIndexer> logger)
{
    /// <summary>Ids loaded per database round trip.</summary>
    private const int LoadChunk = 500;

    private static readonly SearchIndexName[] Names = [SearchIndexName.Public, SearchIndexName.Editors];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public DateTime? LastBatchUtc { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? LastErrorUtc { get; private set; }

    public bool RebuildRequested { get; private set; }

    /// <summary>Test hook: runs after a batch's documents are written and before they are committed.</summary>
    internal Action<SearchIndexName>? BeforeCommit { get; set; }

    /// <summary>Wakes the background service (after a commit that wrote outbox rows).</summary>
    public void Signal() => _signal.Writer.TryWrite(true);

    /// <summary>Asks the background service to rebuild both indexes from the database.</summary>
    public void RequestRebuild()
    {
        RebuildRequested = true;
        Signal();
    }

    public async Task WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _signal.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a signal: look at the outbox anyway (another node may have written).
        }
    }

    /// <summary>
    /// Runs a requested rebuild (or one for an index written by an older version of the document shape), then batches
    /// until the outbox has nothing more for either index. Returns the documents written or deleted.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var rebuilt = RebuildRequested || Names.Any(name => indexes.Get(name).OutdatedSchema) ? await RebuildAsync(cancellationToken) : 0;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var total = rebuilt;
            while (await RunBatchAsync(cancellationToken) is var count and > 0)
            {
                total += count;
            }

            return total;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Empties both indexes and fills them from the database (published and latest versions, in id order), committing
    /// the outbox head read before the first page as the cursor: messages after it are replayed, which is harmless.
    /// </summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            RebuildRequested = false;
            var started = clock.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
            var head = await scope.ServiceProvider.GetRequiredService<IOutbox>().LastIdAsync(cancellationToken);
            var definitions = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(cancellationToken);
            var queries = scope.ServiceProvider.GetRequiredService<IContentQueryService>();
            var types = definitions.ContentTypes.Where(SearchDocumentFactory.IsSearchable).Select(t => t.Name).ToList();
            var documents = 0;
            foreach (var name in Names)
            {
                var index = indexes.Get(name);
                try
                {
                    index.DeleteAll();
                    documents += types.Count == 0 ? 0 : await FillAsync(index, name, types, definitions, queries, cancellationToken);
                    index.MergeIntoOneSegment();
                    BeforeCommit?.Invoke(name);
                    index.Commit(head);
                }
                catch
                {
                    index.Discard();
                    throw;
                }
            }

            LastBatchUtc = clock.GetUtcNow().UtcDateTime;
            LogRebuilt(documents, head, clock.GetElapsedTime(started).TotalSeconds);
            return documents;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Fail(exception);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<SearchIndexerStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var head = await outbox.LastIdAsync(cancellationToken);
        var statuses = new List<SearchIndexStatus>();
        foreach (var name in Names)
        {
            var index = indexes.Get(name);
            var cursor = index.Cursor;
            var next = cursor < head ? (await outbox.ReadAfterAsync(cursor, 1, cancellationToken)).FirstOrDefault() : null;
            statuses.Add(new SearchIndexStatus(name, index.DocumentCount, cursor, head, Math.Max(0, head - cursor), next?.CreatedUtc,
                Path.Combine(indexes.Folder, name.ToString().ToLowerInvariant())));
        }

        return new SearchIndexerStatus(statuses, LastBatchUtc, LastError, LastErrorUtc, RebuildRequested);
    }

    private async Task<int> RunBatchAsync(CancellationToken cancellationToken)
    {
        var from = Math.Min(indexes.Get(SearchIndexName.Public).Cursor, indexes.Get(SearchIndexName.Editors).Cursor);
        await using var scope = scopes.CreateAsyncScope();
        using var system = scope.ServiceProvider.GetRequiredService<ICallerAccessor>().BeginSystemScope();
        var messages = Settled(await scope.ServiceProvider.GetRequiredService<IOutbox>().ReadAfterAsync(from, options.Value.BatchSize, cancellationToken), from);
        if (messages.Count == 0)
        {
            return 0;
        }

        var last = messages[^1].Id;
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var definitions = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync(cancellationToken);
        foreach (var name in Names)
        {
            var index = indexes.Get(name);
            var ids = ChangedIds(messages.Where(m => m.Id > index.Cursor));
            try
            {
                var version = name == SearchIndexName.Public ? VersionOptions.Published : VersionOptions.Latest;
                foreach (var chunk in ids.Chunk(LoadChunk))
                {
                    var items = (await contents.GetManyAsync(chunk, version, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
                    foreach (var id in chunk)
                    {
                        if (items.TryGetValue(id, out var item) && definitions.FindType(item.ContentType) is { } type && SearchDocumentFactory.IsSearchable(type))
                        {
                            index.Update(id, SearchDocumentFactory.Create(item, type, definitions));
                        }
                        else
                        {
                            index.Delete(id);
                        }
                    }
                }

                BeforeCommit?.Invoke(name);
                index.Commit(Math.Max(index.Cursor, last));
            }
            catch
            {
                index.Discard();
                throw;
            }

            LogBatch(name, ids.Count, messages[0].Id, last);
        }

        LastBatchUtc = clock.GetUtcNow().UtcDateTime;
        return messages.Count;
    }

    private static async Task<int> FillAsync(
        LuceneIndex index, SearchIndexName name, IReadOnlyList<string> types, ContentDefinitionDocument definitions,
        IContentQueryService queries, CancellationToken cancellationToken)
    {
        var count = 0;
        var after = "";
        while (true)
        {
            var page = await queries.ListAsync(new ContentQuery
            {
                ContentTypes = types,
                Status = name == SearchIndexName.Public ? ContentStatus.Published : ContentStatus.Latest,
                Where = after.Length == 0 ? null : ContentFilter.ByColumn(ContentColumn.ContentItemId, FilterOperator.Gt, after),
                OrderBy = [ContentOrder.By(ContentColumn.ContentItemId)],
                Take = LoadChunk,
            }, includeTotal: false, cancellationToken);
            foreach (var item in page.Items)
            {
                index.Update(item.ContentItemId, SearchDocumentFactory.Create(item, definitions.FindType(item.ContentType)!, definitions));
                count++;
            }

            if (page.Items.Count < LoadChunk)
            {
                return count;
            }

            after = page.Items[^1].ContentItemId;
        }
    }

    /// <summary>
    /// The messages up to the first recent hole in the ids. A hole is an id taken by a transaction that has not committed
    /// yet (or never will); reading past it would move the cursor over a change still to come. Once the hole is older than
    /// <see cref="SearchOptions.GapWait"/> it is taken as a rollback.
    /// </summary>
    private List<OutboxMessage> Settled(IReadOnlyList<OutboxMessage> messages, long from)
    {
        var settledBefore = clock.GetUtcNow().UtcDateTime - options.Value.GapWait;
        var expected = from + 1;
        var settled = new List<OutboxMessage>(messages.Count);
        foreach (var message in messages)
        {
            if (message.Id != expected && message.CreatedUtc > settledBefore)
            {
                LogWaitingForGap(expected, message.Id);
                break;
            }

            settled.Add(message);
            expected = message.Id + 1;
        }

        return settled;
    }

    private static List<string> ChangedIds(IEnumerable<OutboxMessage> messages)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        foreach (var message in messages)
        {
            IEnumerable<string> changed = message.Topic == OutboxTopics.ContentImported
                ? JsonSerializer.Deserialize<List<string>>(message.Payload) ?? []
                : message.Topic.StartsWith("content.", StringComparison.Ordinal) && message.ContentItemId is { } id ? [id] : [];
            ordered.AddRange(changed.Where(ids.Add));
        }

        return ordered;
    }

    private void Fail(Exception exception)
    {
        LastError = exception.Message;
        LastErrorUtc = clock.GetUtcNow().UtcDateTime;
        LogFailed(exception);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search index {Index}: {Items} items from outbox messages {First}..{Last}")]
    private partial void LogBatch(SearchIndexName index, int items, long first, long last);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Search indexing waits for outbox message {Missing} (a transaction still open) before {Next}")]
    private partial void LogWaitingForGap(long missing, long next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexes rebuilt: {Documents} documents, cursor {Cursor}, in {Seconds:0.0} s")]
    private partial void LogRebuilt(int documents, long cursor, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search indexing failed; the batch was rolled back and will be retried")]
    private partial void LogFailed(Exception exception);
}
