using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>Posting queries to /api/graphql the way a consumer does, and reading the answer.</summary>
internal static class GraphQlHttp
{
    /// <summary>The data of a query that must answer 200 without errors (the body is the failure message otherwise).</summary>
    public static async Task<JsonNode> DataAsync(TestSite site, string query, object? variables = null, HttpClient? client = null)
    {
        var (status, body) = await PostAsync(site, query, variables, client);
        Assert.True(status == HttpStatusCode.OK, body);
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, body);
        return json["data"]!;
    }

    public static async Task<(HttpStatusCode Status, string Body)> PostAsync(TestSite site, string query, object? variables = null, HttpClient? client = null)
    {
        client ??= await site.ClientAsync();
        var response = await client.PostAsJsonAsync("/api/graphql", new { query, variables });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static List<string> Titles(JsonNode data, string field) => [.. data[field]!.AsArray().Select(e => (string)e!["displayText"]!)];
}
