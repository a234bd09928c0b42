using System.Security.Claims;

namespace PesTor.GraphQL.ApiClients;

/// <summary>The principal of a request made with a client's token: authenticated as the client, with its scope as a claim.</summary>
internal static class ApiClientClaims
{
    public const string AuthenticationType = "ApiClient";
    public const string ClientId = "pestor:api-client";
    public const string Scope = "pestor:api-scope";

    public static ClaimsPrincipal Principal(ApiClient client) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "api-client:" + client.Id),
            new Claim(ClaimTypes.Name, client.Name),
            new Claim(ClientId, client.Id),
            new Claim(Scope, client.Scope.ToString()),
        ],
        AuthenticationType));

    public static ApiClientScope? ScopeOf(ClaimsPrincipal user) =>
        user.FindFirst(Scope)?.Value is { } value && Enum.TryParse<ApiClientScope>(value, out var scope) ? scope : null;
}
