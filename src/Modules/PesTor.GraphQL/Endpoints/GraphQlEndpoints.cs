using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PesTor.GraphQL.ApiClients;
using PesTor.GraphQL.Caching;
using PesTor.GraphQL.Services;
using PesTor.GraphQL.Validation;
using PesTor.Metadata;
using PesTor.Security;

namespace PesTor.GraphQL.Endpoints;

/// <summary>
/// <c>/api/graphql</c>: GET with <c>query</c>, <c>variables</c>, <c>operationName</c> in the query string, or POST
/// <c>application/json</c>. A request that cannot be run (bad JSON, no query, invalid or too deep/complex document) is a 400
/// with GraphQL's <c>{ errors: [...] }</c>; field errors during execution are a 200 with <c>data</c> and <c>errors</c>, as usual.
/// GET answers carry an ETag of the body; a matching <c>If-None-Match</c> is a 304 without one.
/// </summary>
internal static class GraphQlEndpoints
{
    public const string Route = "/api/graphql";

    /// <summary>A query document with variables never needs more; bigger bodies are refused before parsing.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>A query that runs longer is cancelled and answered with an error, so one request cannot hold a worker.</summary>
    public static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(10);

    // Depth stops recursive picker chains; complexity (list fields multiplied by their `first`) stops wide or huge pages
    // (introspection is bounded by the schema and counts nothing); aliases are limited before validation (ParsedDocuments).
    private static readonly IValidationRule[] Rules =
    [
        .. DocumentValidator.CoreRules,
        new ComplexityValidationRule(new ComplexityOptions { MaxDepth = 15, MaxComplexity = 500_000 }.FreeIntrospection()),
    ];

    /// <summary>The same with introspection refused, for sites that switch it off (<see cref="GraphQlOptions.Introspection"/>).</summary>
    private static readonly IValidationRule[] RulesWithoutIntrospection = [.. Rules, NoIntrospectionValidationRule.Instance];

    public static void MapGraphQl(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, GetAsync);
        routes.MapPost(Route, PostAsync).DisableAntiforgery();
    }

    private static async Task GetAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQlSchemaProvider schemas)
    {
        if (!await AdmitAsync(http, serializer))
        {
            return;
        }

        var query = http.Request.Query;
        Inputs? variables;
        try
        {
            variables = query["variables"] is { Count: > 0 } json && !string.IsNullOrWhiteSpace(json) ? serializer.Deserialize<Inputs>(json.ToString()) : null;
        }
        catch (JsonException)
        {
            await ErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "variables is not valid JSON.");
            return;
        }

        await ExecuteAsync(http, serializer, schemas, new GraphQLRequest
        {
            Query = query["query"].ToString(),
            Variables = variables,
            OperationName = query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
        });
    }

    private static async Task PostAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQlSchemaProvider schemas)
    {
        if (!await AdmitAsync(http, serializer))
        {
            return;
        }

        if (!(http.Request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await ErrorAsync(http, serializer, StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json.");
            return;
        }

        if (await ReadBodyAsync(http.Request) is not { } body)
        {
            await ErrorAsync(http, serializer, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (JsonException)
        {
            await ErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
            return;
        }

        await ExecuteAsync(http, serializer, schemas, request);
    }

    /// <summary>
    /// Who calls and whether they may: a bearer token must belong to an active API client (it then is the caller), the
    /// caller's rate limit must allow the request (429 with Retry-After), and the caller must hold ExecuteGraphQL.
    /// </summary>
    private static async Task<bool> AdmitAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var services = http.RequestServices;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var client = await services.GetRequiredService<ApiClientStore>().ValidateAsync(authorization["Bearer ".Length..].Trim(), http.RequestAborted);
            if (client is null)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await ErrorAsync(http, serializer, StatusCodes.Status401Unauthorized, "The bearer token is not valid or its API client was revoked.");
                return false;
            }

            http.User = ApiClientClaims.Principal(client);
        }

        if (services.GetRequiredService<GraphQlRateLimiter>().TryAcquire(http) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await ErrorAsync(http, serializer, StatusCodes.Status429TooManyRequests, $"Too many requests: try again in {Math.Ceiling(retryAfter.TotalSeconds):0} seconds.");
            return false;
        }

        if (!await services.GetRequiredService<IContentAuthorizer>().HasPermissionAsync(http.User, SitePermissions.ExecuteGraphQL, http.RequestAborted))
        {
            var signedIn = http.User.Identity?.IsAuthenticated == true;
            if (!signedIn)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            await ErrorAsync(http, serializer, signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized, "Executing GraphQL queries needs the ExecuteGraphQL permission.");
            return false;
        }

        return true;
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQlSchemaProvider schemas, GraphQLRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await ErrorAsync(http, serializer, StatusCodes.Status400BadRequest, "The request has no query.");
            return;
        }

        var services = http.RequestServices;
        var cache = services.GetRequiredService<GraphQlResultCache>();
        var stamps = services.GetRequiredService<GraphQlResultStamps>();
        // Admission (token, rate limit, ExecuteGraphQL) and the body's limits are behind us: a repeated request may be answered now.
        var stamp = cache.Enabled ? await stamps.StampAsync(http, request, serializer, http.RequestAborted) : null;
        if (stamp is { } lookup && cache.Find(lookup.Key, lookup.Version) is { } cached)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            await WriteBodyAsync(http, cached);
            return;
        }

        var (document, refusal) = services.GetRequiredService<ParsedDocuments>().Parse(request.Query);
        if (refusal is not null)
        {
            await ErrorAsync(http, serializer, StatusCodes.Status400BadRequest, refusal);
            return;
        }

        var storable = stamp is not null && document is not null && !GraphQlResultStamps.SelectsSearch(document);
        var settled = storable && await stamps.SettledAsync(stamp!.Value.Version, http.RequestAborted);
        var executer = services.GetRequiredService<IDocumentExecuter>();
        var schema = await schemas.GetSchemaAsync(services.GetRequiredService<IContentDefinitionManager>(), http.RequestAborted);
        var validated = services.GetRequiredService<ValidatedDocuments>();
        var repeatable = document is not null && ValidatedDocuments.Qualifies(request.OperationName, request.Variables);
        var skipValidation = repeatable && validated.Passed(document!, schema);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(ExecutionTimeout);
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                Variables = request.Variables,
                OperationName = request.OperationName,
                RequestServices = services,
                User = http.User,
                ValidationRules = skipValidation ? [] : services.GetRequiredService<IOptions<GraphQlOptions>>().Value.Introspection ? Rules : RulesWithoutIntrospection,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await ErrorAsync(http, serializer, StatusCodes.Status400BadRequest, $"The query ran longer than {ExecutionTimeout.TotalSeconds:0} seconds and was stopped.");
            return;
        }

        if (repeatable && !skipValidation && result.Executed)
        {
            validated.Remember(document!, schema);
        }

        // Not executed means the document never ran: unparsable, invalid, over the limits, or bad variables.
        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json; charset=utf-8";
        storable = storable && result.Executed && result.Errors is not { Count: > 0 };
        if (!storable && (!HttpMethods.IsGet(http.Request.Method) || !result.Executed))
        {
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }

        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var answer = new CachedGraphQlResult(buffer.ToArray(), ETagOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        if (storable)
        {
            cache.Store(stamp!.Value.Key, stamp.Value.Version, answer, settled);
        }

        await WriteBodyAsync(http, answer);
    }

    // GET answers carry an ETag; they depend on the caller (drafts, Own), so caches must revalidate and key on the credentials.
    private static async Task WriteBodyAsync(HttpContext http, CachedGraphQlResult answer)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var headers = http.Response.Headers;
            headers.ETag = answer.ETag;
            headers.CacheControl = "private, no-cache";
            headers.Vary = "Authorization, Cookie";
            if (http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() is var t && (t == answer.ETag || t == "*"))))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                http.Response.ContentType = null;
                return;
            }
        }

        // A known length is sent in one piece instead of chunked.
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    private static string ETagOf(ReadOnlySpan<byte> body) =>
        $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";

    // Null when the body is over the limit; Content-Length is checked first, then what is actually read. The buffer is
    // rented and sized to the body (a fresh 256 KB array per request landed on the large-object heap and cost gen-2 GCs).
    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } length ? (int)length + 1 : 4096);
        try
        {
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var chunk = await request.Body.ReadAsync(buffer.AsMemory(read, Math.Min(buffer.Length, MaxBodyBytes + 1) - read), request.HttpContext.RequestAborted);
                if (chunk == 0)
                {
                    break;
                }

                read += chunk;
                if (read > MaxBodyBytes)
                {
                    return null;
                }
            }

            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task ErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, http.RequestAborted);
    }
}
