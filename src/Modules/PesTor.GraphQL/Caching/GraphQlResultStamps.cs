using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PesTor.Data;
using PesTor.GraphQL.ApiClients;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.GraphQL.Caching;

/// <summary>
/// Per request: whether its answer may come from (and go to) <see cref="GraphQlResultCache"/>, under which key, and the
/// version it is checked against.
/// <para>
/// Who may share an answer: anonymous callers all see the same (published items of the types the Anonymous role may view);
/// an API client sees what its scope allows, so it gets its own entries (a read and a read-drafts client never share).
/// Signed-in users are not cached: Own rules and "other party" rules make their answers differ per user and per claim.
/// The permissions the caller holds are part of the key, so a change to a role is seen as soon as the permission check
/// itself sees it (at once on the node where it was made).
/// </para>
/// </summary>
internal sealed class GraphQlResultStamps(ContentChangeClock changes, IServiceProvider services, IContentDefinitionManager definitions, IPermissionGrantProvider grants)
{
    // How far below the newest outbox message a gap is looked for before an answer is kept for long (see SettledAsync).
    private const int SettleWindow = 32;

    /// <summary>The key and version for this request, or null when its answer must not be shared.</summary>
    public async Task<(GraphQlResultKey Key, GraphQlResultVersion Version)?> StampAsync(
        HttpContext http, GraphQLRequest request, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        if (ViewOf(http.User) is not { } view)
        {
            return null;
        }

        // Read the version before the content: a change committed in between makes the next request run again, never the reverse.
        var definitionsIdentifier = (await definitions.GetDocumentAsync(cancellationToken)).Identifier;
        var (localChanges, lastContentChange) = await changes.ReadAsync(services, cancellationToken);
        var granted = await grants.GetGrantedPermissionsAsync(http.User, cancellationToken);
        var variables = request.Variables is { Count: > 0 } inputs ? serializer.Serialize(inputs) : null;
        var origin = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return (new GraphQlResultKey(request.Query!, request.OperationName, variables, view, string.Join('\n', granted.Order(StringComparer.Ordinal)), origin),
            new GraphQlResultVersion(localChanges, lastContentChange, definitionsIdentifier));
    }

    /// <summary>
    /// Whether every content change up to the stamp has committed. On PostgreSQL, ids are taken when a message is written
    /// and transactions commit in any order: a change holding id 10 may commit after one holding id 11, and an answer
    /// stamped 11 that was read before 10 committed would otherwise be served until the next change. So the ids just below
    /// the stamp are read (after the stamp, before the content): a gap means a change may still be committing, and the
    /// answer is kept for a few seconds only. A gap left by a rolled-back change costs the same until newer changes pass it.
    /// </summary>
    public async Task<bool> SettledAsync(GraphQlResultVersion version, CancellationToken cancellationToken)
    {
        var last = version.LastContentChange;
        var from = Math.Max(0, last - SettleWindow);
        var recent = await services.GetRequiredService<IOutbox>().ReadAfterAsync(from, SettleWindow, cancellationToken);
        return recent.Count(m => m.Id <= last) == last - from;
    }

    /// <summary>
    /// Whether the document asks for full-text search anywhere. Search answers come from the Lucene index, which follows the
    /// outbox a little behind, so an answer built before the index caught up would be kept with a current stamp.
    /// </summary>
    public static bool SelectsSearch(GraphQLDocument document) =>
        document.Definitions.Any(definition => definition switch
        {
            GraphQLOperationDefinition operation => SelectsSearch(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => SelectsSearch(fragment.SelectionSet),
            _ => false,
        });

    private static bool SelectsSearch(GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections.Any(selection => selection switch
        {
            GraphQLField field => field.Name.Value.Span.SequenceEqual("search") || SelectsSearch(field.SelectionSet),
            GraphQLInlineFragment fragment => SelectsSearch(fragment.SelectionSet),
            _ => false,
        }) ?? false;

    private static string? ViewOf(ClaimsPrincipal user) =>
        user.FindFirst(ApiClientClaims.ClientId)?.Value is { } client ? $"client:{client}:{ApiClientClaims.ScopeOf(user)}"
        : user.Identity?.IsAuthenticated == true ? null
        : "anonymous";
}
