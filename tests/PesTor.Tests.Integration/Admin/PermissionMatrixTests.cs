using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Metadata;
using PesTor.Queries;
using PesTor.Security;
using PesTor.Tests.Integration.Infrastructure;
using PesTor.Users;

namespace PesTor.Tests.Integration.Admin;

/// <summary>
/// Every role of SPEC §1 × every content type of the Toruń model × view/edit/publish/delete, on items the caller owns
/// and on items it does not, through the service layer (content manager and content query) and through HTTP (the
/// content API, and the admin's editor page): no access beyond <see cref="PermissionTable"/> and none missing.
/// </summary>
public abstract class PermissionMatrixTests<TSite>(TSite site) : IAsyncLifetime where TSite : TestSite
{
    private Dictionary<string, string> _users = [];

    public static TheoryData<string> Roles => new(RoleNames.Administrator, RoleNames.CityEditor, RoleNames.PesRepresentative, RoleNames.Resident, RoleNames.Anonymous);

    public async Task InitializeAsync() => _users = await AdminAccounts.EnsureAsync(site);

    public Task DisposeAsync()
    {
        site.AssertNoLoggedIssues();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_service_layer_grants_exactly_the_table(string role)
    {
        var cases = await CreateCasesAsync(role);
        var mismatches = new List<string>();
        await site.RunAsAsync(UserName(role), async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var queries = s.GetRequiredService<IContentQueryService>();
            foreach (var c in cases)
            {
                Check(mismatches, role, c, MatrixAction.ViewPublished, await contents.GetAsync(c.Published.ContentItemId) is not null);
                Check(mismatches, role, c, MatrixAction.ViewPublished, await CountAsync(queries, c.Published, ContentStatus.Published) == 1, "query");
                Check(mismatches, role, c, MatrixAction.ViewDraft, await contents.GetAsync(c.Draft.ContentItemId, VersionOptions.Latest) is not null);
                Check(mismatches, role, c, MatrixAction.ViewDraft, await CountAsync(queries, c.Draft, ContentStatus.Latest) == 1, "query");
                Check(mismatches, role, c, MatrixAction.Edit, await TryAsync(async () =>
                {
                    var draft = await contents.GetAsync(c.Draft.ContentItemId, VersionOptions.DraftRequired);
                    if (draft is null)
                    {
                        return false;
                    }

                    if (draft.As<TitlePart>() is not null)
                    {
                        draft.Apply(new TitlePart { Title = draft.DisplayText + " (edycja)" });
                    }

                    await contents.UpdateAsync(draft);
                    return true;
                }));
                Check(mismatches, role, c, MatrixAction.Publish, await TryAsync(() => contents.PublishAsync(c.ToPublish)));
                Check(mismatches, role, c, MatrixAction.Delete, await TryAsync(async () =>
                {
                    await contents.RemoveAsync(c.Published);
                    return true;
                }));
            }
        });

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Http_grants_exactly_the_table(string role)
    {
        var cases = await CreateCasesAsync(role);
        var client = role == RoleNames.Anonymous ? await site.ClientAsync()
            : await site.ClientAsync(UserName(role), role == RoleNames.Administrator ? TestSite.AdminPassword : AdminAccounts.Password);
        var mismatches = new List<string>();
        foreach (var c in cases)
        {
            Check(mismatches, role, c, MatrixAction.ViewPublished, (await client.GetAsync($"/api/content/{c.Published.ContentItemId}")).IsSuccessStatusCode);
            Check(mismatches, role, c, MatrixAction.ViewDraft, (await client.GetAsync($"/api/content/{c.Draft.ContentItemId}?status=latest")).IsSuccessStatusCode);
            Check(mismatches, role, c, MatrixAction.Edit, (await client.PostAsJsonAsync("/api/content?draft=true", Body(c.Draft))).IsSuccessStatusCode);
            Check(mismatches, role, c, MatrixAction.Publish, (await client.PostAsJsonAsync("/api/content", Body(c.ToPublish))).IsSuccessStatusCode);
            Check(mismatches, role, c, MatrixAction.Delete, (await client.DeleteAsync($"/api/content/{c.Published.ContentItemId}")).IsSuccessStatusCode);

            // The admin's editor: only for roles with access to the admin, and then exactly where editing is allowed.
            var editor = await client.GetAsync($"/admin/tresci/{c.Draft.ContentItemId}");
            var mayUseAdmin = role is RoleNames.Administrator or RoleNames.CityEditor;
            Check(mismatches, role, c, MatrixAction.Edit, editor.StatusCode == HttpStatusCode.OK,
                "admin editor", mayUseAdmin && PermissionTable.Allows(role, c.Type, MatrixAction.Edit, c.Own));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    /// <summary>
    /// SPEC §2's other party: a need's author sees the responses to that need (not others'), an equipment's owner — here the
    /// representative of the entity that owns it — the loan requests for it; seeing is all they get (no edit), through the
    /// content manager, the content query and HTTP.
    /// </summary>
    [Theory]
    [InlineData(RoleNames.Resident, "NeedResponse")]
    [InlineData(RoleNames.PesRepresentative, "LoanRequest")]
    public async Task The_other_party_sees_the_items_addressed_to_them_and_nothing_more(string role, string type)
    {
        var userName = UserName(role)!;
        var (addressed, other) = await site.RunAsSystemAsync(async s =>
        {
            var items = new MatrixItems(s);
            var contents = s.GetRequiredService<IContentManager>();
            var stranger = _users[AdminAccounts.OtherRepresentative];
            ContentItem target;
            if (type == "NeedResponse")
            {
                target = await items.CreateAsync("Need", _users[userName], publish: true);
            }
            else
            {
                var entity = await items.CreateAsync("Entity", stranger, publish: true);
                var users = s.GetRequiredService<UserManager<PesTorUser>>();
                Assert.True((await users.AddClaimAsync((await users.FindByIdAsync(_users[userName]))!, new Claim(PesTorClaimTypes.RepresentedEntity, entity.ContentItemId))).Succeeded);
                target = await items.CreateAsync("Equipment", stranger, publish: false);
                target.Content["Equipment"] ??= new System.Text.Json.Nodes.JsonObject();
                target.Content["Equipment"]!["Owner"] = System.Text.Json.JsonSerializer.SerializeToNode(new PesTor.ContentFields.ContentPickerField { ContentItemIds = [entity.ContentItemId] }, ContentJson.Options);
                await contents.UpdateAsync(target);
                await contents.PublishAsync(target);
            }

            var field = type == "NeedResponse" ? "Need" : "Equipment";
            var toMe = await items.CreateAsync(type, stranger, publish: false);
            toMe.Content[type]![field] = System.Text.Json.JsonSerializer.SerializeToNode(new PesTor.ContentFields.ContentPickerField { ContentItemIds = [target.ContentItemId] }, ContentJson.Options);
            await contents.UpdateAsync(toMe);
            await contents.PublishAsync(toMe);
            return (toMe, await items.CreateAsync(type, stranger, publish: true));
        });

        await site.RunAsAsync(userName, async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            var queries = s.GetRequiredService<IContentQueryService>();
            Assert.NotNull(await contents.GetAsync(addressed.ContentItemId));
            Assert.Equal(1, await CountAsync(queries, addressed, ContentStatus.Published));
            Assert.Null(await contents.GetAsync(other.ContentItemId));
            Assert.Equal(0, await CountAsync(queries, other, ContentStatus.Published));
            var visible = await queries.ListAsync(new ContentQuery { ContentTypes = [type], Take = 1000 });
            Assert.Contains(visible.Items, i => i.ContentItemId == addressed.ContentItemId);
            Assert.DoesNotContain(visible.Items, i => i.ContentItemId == other.ContentItemId);
            Assert.False(await TryAsync(async () =>
            {
                var draft = await contents.GetAsync(addressed.ContentItemId, VersionOptions.DraftRequired);
                if (draft is null)
                {
                    return false;
                }

                await contents.UpdateAsync(draft);
                return true;
            }));
        });

        var client = await site.ClientAsync(userName, AdminAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/content/{addressed.ContentItemId}")).StatusCode);
        Assert.False((await client.GetAsync($"/api/content/{other.ContentItemId}")).IsSuccessStatusCode);
        Assert.False((await client.PostAsJsonAsync("/api/content", Body(addressed))).IsSuccessStatusCode);
        Assert.False((await client.DeleteAsync($"/api/content/{addressed.ContentItemId}")).IsSuccessStatusCode);

        // "Moje konto" lists it under "Skierowane do mnie".
        var mine = System.Net.WebUtility.HtmlDecode(await (await client.GetAsync("/konto/moje")).Content.ReadAsStringAsync());
        Assert.Contains("Skierowane do mnie", mine, StringComparison.Ordinal);
        Assert.Contains(type == "NeedResponse" ? "Odpowiedź na moje zapotrzebowanie" : "Wniosek o wypożyczenie mojego sprzętu", mine, StringComparison.Ordinal);
    }

    /// <summary>An update through the content API: the item's ids and, where it has one, a changed title.</summary>
    private static Dictionary<string, object> Body(ContentItem item)
    {
        var body = new Dictionary<string, object> { ["ContentItemId"] = item.ContentItemId, ["ContentType"] = item.ContentType };
        if (item.As<TitlePart>() is { } title)
        {
            body["TitlePart"] = new { Title = title.Title + " (HTTP)" };
        }

        return body;
    }

    private static string? UserName(string role) => role switch
    {
        RoleNames.Administrator => "admin",
        RoleNames.CityEditor => AdminAccounts.CityEditor,
        RoleNames.PesRepresentative => AdminAccounts.Representative,
        RoleNames.Resident => AdminAccounts.Resident,
        _ => null,
    };

    private static void Check(List<string> mismatches, string role, MatrixCase c, MatrixAction action, bool actual, string via = "", bool? expected = null)
    {
        var allowed = expected ?? PermissionTable.Allows(role, c.Type, action, c.Own);
        if (allowed != actual)
        {
            mismatches.Add($"{role} {action} {c.Type} ({(c.Own ? "own" : "not own")}){(via.Length > 0 ? " via " + via : "")}: expected {(allowed ? "allowed" : "denied")}, was {(actual ? "allowed" : "denied")}");
        }
    }

    private static async Task<bool> TryAsync(Func<Task<bool>> action)
    {
        try
        {
            return await action();
        }
        catch (ContentAccessDeniedException)
        {
            return false;
        }
    }

    private static Task<int> CountAsync(IContentQueryService queries, ContentItem item, ContentStatus status) => queries.CountAsync(new ContentQuery
    {
        ContentTypes = [item.ContentType],
        Status = status,
        Where = ContentFilter.ByColumn(ContentColumn.ContentItemId, FilterOperator.Eq, item.ContentItemId),
    });

    /// <summary>
    /// For each type (and own / not own where the role has "own" rules): a published item, a draft to view and edit and a
    /// draft to publish. A representative's own entity is one someone else created and the representative was approved for.
    /// </summary>
    private Task<List<MatrixCase>> CreateCasesAsync(string role) => site.RunAsSystemAsync(async s =>
    {
        var items = new MatrixItems(s);
        var users = s.GetRequiredService<UserManager<PesTorUser>>();
        var types = (await s.GetRequiredService<IContentDefinitionManager>().GetDocumentAsync()).ContentTypes.Select(t => t.Name).ToList();
        Assert.Equal(21, types.Count);
        var userId = UserName(role) is { } name ? _users[name] : null;
        var other = _users[AdminAccounts.OtherRepresentative];
        var cases = new List<MatrixCase>();
        foreach (var own in role is RoleNames.PesRepresentative or RoleNames.Resident ? [false, true] : new[] { false })
        {
            foreach (var type in types)
            {
                var representedEntity = own && role == RoleNames.PesRepresentative && type == "Entity";
                var owner = own && !representedEntity ? userId : other;
                var published = await items.CreateAsync(type, owner, publish: true);
                var draft = await items.CreateAsync(type, owner, publish: false);
                var toPublish = await items.CreateAsync(type, owner, publish: false);
                if (representedEntity)
                {
                    var representative = (await users.FindByIdAsync(userId!))!;
                    foreach (var entity in new[] { published, draft, toPublish })
                    {
                        Assert.True((await users.AddClaimAsync(representative, new Claim(PesTorClaimTypes.RepresentedEntity, entity.ContentItemId))).Succeeded);
                    }
                }

                cases.Add(new MatrixCase(type, own, published, draft, toPublish));
            }
        }

        return cases;
    });

    private sealed record MatrixCase(string Type, bool Own, ContentItem Published, ContentItem Draft, ContentItem ToPublish);
}

public sealed class SqlitePermissionMatrixTests(SqliteTorunSite site) : PermissionMatrixTests<SqliteTorunSite>(site), IClassFixture<SqliteTorunSite>;

public sealed class PostgresPermissionMatrixTests(PostgresTorunSite site) : PermissionMatrixTests<PostgresTorunSite>(site), IClassFixture<PostgresTorunSite>;
