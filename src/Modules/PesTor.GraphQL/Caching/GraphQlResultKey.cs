namespace PesTor.GraphQL.Caching;

/// <summary>
/// What an answer depends on besides the content and the definitions: the request (query text, operation name, variables
/// as JSON), the caller's view (<c>anonymous</c>, or an API client with its scope), the permissions the caller holds (so
/// an edit of the Anonymous role's permissions is a different key at once), and the origin media URLs are built on.
/// A record, compared by value.
/// </summary>
internal sealed record GraphQlResultKey(string Query, string? OperationName, string? Variables, string View, string Permissions, string Origin);

/// <summary>
/// The state an answer was built from: the content changes committed on this node, the last content change on any node
/// (the outbox's newest message id; see <see cref="ContentChangeClock"/>) and the definitions document's identifier (a new
/// one for every definition change, which also builds a new schema).
/// </summary>
internal sealed record GraphQlResultVersion(long LocalChanges, long LastContentChange, string Definitions);

/// <summary>An answer as sent: the UTF-8 JSON body and its ETag (for GET requests' <c>If-None-Match</c>).</summary>
internal sealed record CachedGraphQlResult(byte[] Body, string ETag);
