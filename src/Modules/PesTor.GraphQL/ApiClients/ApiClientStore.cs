using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PesTor.Data;

namespace PesTor.GraphQL.ApiClients;

/// <summary>
/// API clients, kept as one document (a handful of consumers: config-like data). Tokens are <c>pestor_{id}.{secret}</c>:
/// the id finds the client, the secret is checked against its hash in constant time.
/// </summary>
public sealed class ApiClientStore(IDocumentStore documents, TimeProvider clock, ILogger<ApiClientStore> logger)
{
    private const string DocumentName = "ApiClients";
    private const string TokenPrefix = "pestor_";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await LoadAsync(cancellationToken)).OrderBy(c => c.Revoked).ThenByDescending(c => c.CreatedUtc)];

    /// <summary>Creates a client and returns its token, which is not stored and cannot be shown again.</summary>
    public async Task<(ApiClient Client, string Token)> CreateAsync(string name, ApiClientScope scope, string? createdBy, CancellationToken cancellationToken = default)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            Id = Guid.NewGuid().ToString("N")[..16],
            Name = name.Trim(),
            Scope = scope,
            SecretHash = Hash(secret),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        var clients = await LoadAsync(cancellationToken);
        clients.Add(client);
        await SaveAsync(clients, cancellationToken);
        logger.LogInformation("API client {ClientId} ({Name}, {Scope}) created by {User}", client.Id, client.Name, scope, createdBy);
        return (client, $"{TokenPrefix}{client.Id}.{secret}");
    }

    public async Task<bool> RevokeAsync(string id, string? revokedBy, CancellationToken cancellationToken = default)
    {
        var clients = await LoadAsync(cancellationToken);
        var index = clients.FindIndex(c => c.Id == id && !c.Revoked);
        if (index < 0)
        {
            return false;
        }

        clients[index] = clients[index] with { RevokedUtc = clock.GetUtcNow().UtcDateTime };
        await SaveAsync(clients, cancellationToken);
        logger.LogInformation("API client {ClientId} ({Name}) revoked by {User}", id, clients[index].Name, revokedBy);
        return true;
    }

    /// <summary>The active client the token belongs to, or null for a malformed, unknown, wrong or revoked token.</summary>
    public async Task<ApiClient?> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal) || dot < TokenPrefix.Length)
        {
            return null;
        }

        var id = token[TokenPrefix.Length..dot];
        var client = (await LoadAsync(cancellationToken)).FirstOrDefault(c => c.Id == id);
        return client is { Revoked: false }
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token[(dot + 1)..])), Encoding.ASCII.GetBytes(client.SecretHash))
            ? client
            : null;
    }

    private async Task<List<ApiClient>> LoadAsync(CancellationToken cancellationToken) =>
        (await documents.LoadAsync(DocumentName, cancellationToken))?["clients"]?.Deserialize<List<ApiClient>>(Json) ?? [];

    private Task SaveAsync(List<ApiClient> clients, CancellationToken cancellationToken) =>
        documents.SaveAsync(DocumentName, new JsonObject { ["clients"] = JsonSerializer.SerializeToNode(clients, Json) }, cancellationToken);

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
