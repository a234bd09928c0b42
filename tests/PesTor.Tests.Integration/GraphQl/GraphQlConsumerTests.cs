using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using PesTor.GraphQL.Services;
using PesTor.Metadata;
using PesTor.Tests.Integration.Infrastructure;
using static PesTor.Tests.Integration.GraphQl.GraphQlHttp;

namespace PesTor.Tests.Integration.GraphQl;

/// <summary>
/// What consumers of the <c>pestor-torun</c> schema rely on: the schema itself (compared with a committed SDL snapshot, so
/// any change to it is a reviewed change) and the README's example queries, run as written on the sample data.
/// </summary>
public sealed class GraphQlConsumerTests(SqliteSampleSite site) : IClassFixture<SqliteSampleSite>, IAsyncLifetime
{
    private const string UpdateVariable = "PESTOR_UPDATE_SNAPSHOTS";
    private const string ExamplesStart = "<!-- graphql-examples:start -->";
    private const string ExamplesEnd = "<!-- graphql-examples:end -->";

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_schema_of_the_torun_model_is_the_committed_snapshot()
    {
        var schema = await site.RunAsSystemAsync(s =>
            site.Services.GetRequiredService<GraphQlSchemaProvider>().GetSchemaAsync(s.GetRequiredService<IContentDefinitionManager>(), CancellationToken.None));
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = SnapshotPath();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, sdl);
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == sdl,
            $"The GraphQL schema of pestor-torun differs from the snapshot {path}.\n" +
            $"If the change is intended (consumers will see it), update the snapshot: {UpdateVariable}=1 dotnet test tests/PesTor.Tests.Integration " +
            $"--filter \"FullyQualifiedName~{nameof(GraphQlConsumerTests)}\" and commit the file.\n{Diff(committed, sdl)}");
    }

    [Fact]
    public async Task Every_example_query_of_the_readme_answers_with_items()
    {
        var examples = ReadmeExamples();
        Assert.True(examples.Count >= 5, $"Expected the README's GraphQL examples between {ExamplesStart} and {ExamplesEnd}; found {examples.Count}.");
        foreach (var (title, query) in examples)
        {
            var data = await DataAsync(site, query);
            foreach (var (field, value) in data.AsObject())
            {
                var answered = value switch
                {
                    JsonArray items => items.Count > 0,
                    JsonValue count when count.TryGetValue(out int n) => n > 0,
                    JsonObject search => search["total"] is { } total && (int)total > 0,
                    _ => false,
                };
                Assert.True(answered, $"README example \"{title}\": {field} answered nothing on the sample data: {value?.ToJsonString()}");
            }
        }
    }

    [Fact]
    public async Task The_standard_introspection_query_of_graphiql_and_client_generators_answers()
    {
        // graphql-js's getIntrospectionQuery() as GraphiQL sends it (TypeRef nine ofType levels deep); it once scored
        // millions in the complexity count and was refused, leaving GraphiQL without a schema.
        var typeRef = "kind name";
        for (var level = 0; level < 9; level++)
        {
            typeRef = $"kind name ofType {{ {typeRef} }}";
        }

        var query = $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;
        var data = await DataAsync(site, query);
        Assert.Contains(data["__schema"]!["types"]!.AsArray(), t => (string)t!["name"]! == "GeoNearInput");
    }

    /// <summary>The README's tested examples: each is a comment line (its title) followed by the query, up to a blank line.</summary>
    internal static List<(string Title, string Query)> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(ExamplesStart, StringComparison.Ordinal);
        var end = readme.IndexOf(ExamplesEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return [];
        }

        var block = readme[(start + ExamplesStart.Length)..end];
        var examples = new List<(string, string)>();
        foreach (var chunk in block.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = chunk.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("```", StringComparison.Ordinal)).ToList();
            var title = string.Join(" ", lines.TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')));
            var query = string.Join("\n", lines.SkipWhile(l => l.StartsWith('#')));
            if (query.Length > 0)
            {
                examples.Add((title, query));
            }
        }

        return examples;
    }

    private static string SnapshotPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Snapshots", "pestor-torun.graphql");

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PesTor.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PesTor.sln not found above " + here);
    }

    // A line diff good enough to see what changed: lines only in the snapshot (-) and only in the schema (+), in order.
    private static string Diff(string expected, string actual)
    {
        var before = expected.Split('\n');
        var after = actual.Split('\n');
        var removed = before.Except(after).ToHashSet();
        var added = after.Except(before).ToHashSet();
        var diff = new StringBuilder();
        foreach (var line in before.Where(removed.Contains).Take(40))
        {
            diff.Append("- ").AppendLine(line);
        }

        foreach (var line in after.Where(added.Contains).Take(40))
        {
            diff.Append("+ ").AppendLine(line);
        }

        return diff.Length == 0 ? "(same lines, in another order)" : diff.ToString();
    }
}
