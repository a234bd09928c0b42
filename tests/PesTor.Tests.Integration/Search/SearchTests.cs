using Lucene.Net.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PesTor.ContentManagement;
using PesTor.ContentParts;
using PesTor.Search;
using PesTor.Search.Models;
using PesTor.Search.Services;
using PesTor.Tests.Integration.Infrastructure;

namespace PesTor.Tests.Integration.Search;

/// <summary>
/// Full-text search on both databases: Polish folding both ways, prefixes, phrases, ranking, escaping, snippets, the
/// public/editors split, items that stop being public, rebuild against incremental indexing, and a node killed mid-batch.
/// </summary>
public abstract class SearchTests<TSite>(TSite site) : SiteTest<TSite>(site) where TSite : TestSite
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Seeding.WaitAsync();
        try
        {
            await Site.RunAsSystemAsync(async s =>
            {
                var contents = s.GetRequiredService<IContentManager>();
                if (await contents.GetAsync("s-laczka", VersionOptions.Latest) is not null)
                {
                    return;
                }

                await EntityAsync(contents, "s-laczka", "Spółdzielnia Socjalna Łączka", "<p>Catering i pielęgnacja zieleni w Toruniu.</p>");
                await EntityAsync(contents, "s-zolta", "Kawiarnia Zolta Filizanka", "<p>Kawa i ciasto, a &lt; b &amp; c.</p>");
                await ArticleAsync(contents, "s-ogrody-title", "Ogrody społeczne na Bydgoskim", "<p>Relacja z otwarcia.</p>");
                await ArticleAsync(contents, "s-ogrody-body", "Sprawozdanie roczne", "<p>W tym roku powstały nowe ogrody i skwery.</p>");
            });
            await CatchUpAsync();
        }
        finally
        {
            Seeding.Release();
        }
    }

    [Theory]
    [InlineData("laczka", "s-laczka")]
    [InlineData("spoldzielnia", "s-laczka")]
    [InlineData("SPÓŁDZIELNIA socjalna", "s-laczka")]
    [InlineData("Żółta filiżanka", "s-zolta")]
    [InlineData("zolta", "s-zolta")]
    public async Task Polish_letters_match_with_and_without_diacritics(string query, string expected) =>
        Assert.Equal([expected], Ids(await PublicAsync(query)));

    [Fact]
    public async Task The_last_word_matches_as_a_prefix_while_typing()
    {
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("spółdz")));
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("socjalna lacz")));
        // A finished word (followed by a space) is not a prefix any more.
        Assert.Empty(Ids(await PublicAsync("lacz ")));
    }

    [Fact]
    public async Task A_body_word_matches_by_its_beginning_short_or_long_and_title_completions_rank_first()
    {
        await Site.RunAsSystemAsync(s => EntityAsync(s.GetRequiredService<IContentManager>(), "s-rekodzielo", "Pracownia Pod Lipami",
            "<p>Warsztaty rękodzielnicze dla seniorów.</p>"));
        await CatchUpAsync();

        // Beginnings up to ten letters are body n-grams; longer ones expand over the body's words.
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("pielęg")));
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("pielegnacj")));
        Assert.Equal(["s-rekodzielo"], Ids(await PublicAsync("rękodziel")));
        Assert.Equal(["s-rekodzielo"], Ids(await PublicAsync("rekodzielnicz")));
        Assert.Equal(["s-rekodzielo"], Ids(await PublicAsync("warsztaty REKODZIELNICZE")));
        Assert.Empty(Ids(await PublicAsync("rękodzielniczy")));

        // A title beginning outranks a body beginning; counts cover both.
        var result = await PublicAsync("ogr");
        Assert.Equal(["s-ogrody-title", "s-ogrody-body"], Ids(result));
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task An_index_written_by_an_older_version_answers_prefixes_until_its_rebuild_replaces_it()
    {
        await CatchUpAsync();
        var folder = Path.Combine(Site.Database.AppData, "old-shape-" + Guid.NewGuid().ToString("N")[..8]);

        // The public index as the previous document shape (2) wrote it: no body n-grams, and its commit says so.
        await Site.RunAsSystemAsync(async s =>
        {
            var definitions = await s.GetRequiredService<PesTor.Metadata.IContentDefinitionManager>().GetDocumentAsync();
            var items = await s.GetRequiredService<IContentManager>().GetManyAsync(["s-laczka", "s-zolta", "s-ogrody-title", "s-ogrody-body"], VersionOptions.Published);
            using var analyzer = new PolishAnalyzer();
            using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(folder, "public"));
            using var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(PolishAnalyzer.Version, analyzer));
            foreach (var item in items)
            {
                // No body n-grams, and the id and body stored rather than doc values.
                var document = SearchDocumentFactory.Create(item, definitions.FindType(item.ContentType)!, definitions);
                var body = document.GetField(SearchFields.Body).GetStringValue();
                document.RemoveFields(SearchFields.BodyPrefix);
                document.RemoveFields(SearchFields.Id);
                document.RemoveFields(SearchFields.Body);
                document.Add(new Lucene.Net.Documents.StringField(SearchFields.Id, item.ContentItemId, Lucene.Net.Documents.Field.Store.YES));
                document.Add(new Lucene.Net.Documents.Field(SearchFields.Body, body, new Lucene.Net.Documents.FieldType(Lucene.Net.Documents.TextField.TYPE_STORED)
                {
                    StoreTermVectors = true,
                    StoreTermVectorPositions = true,
                    StoreTermVectorOffsets = true,
                }));
                writer.AddDocument(document);
            }

            writer.SetCommitData(new Dictionary<string, string> { ["outboxCursor"] = "1", ["schema"] = "2" });
            writer.Commit();
        });

        var (indexes, indexer) = Node(folder, batchSize: 50);
        try
        {
            var old = indexes.Get(SearchIndexName.Public);
            Assert.True(old.OutdatedSchema);
            // Asked as the current shape asks, the old documents would miss body beginnings...
            Assert.Equal(0, old.Search(searcher => searcher.Search(
                new SearchQueryBuilder(indexes.Analyzer).Build("pielęg")!.Query, 10).TotalHits));

            // ...so until the rebuild commits, searches expand prefixes over the old documents' words instead.
            async Task<SearchResult> ResultOnNodeAsync(string query)
            {
                SearchResult? result = null;
                await Site.RunAsAsync(null, async s => result = await ActivatorUtilities.CreateInstance<LuceneSearchService>(s, indexes)
                    .SearchAsync(new SearchRequest { Query = query }));
                return result!;
            }

            async Task<List<string>> OnNodeAsync(string query) => Ids(await ResultOnNodeAsync(query));
            async Task<List<string?>> SnippetsOnNodeAsync(string query) => [.. (await ResultOnNodeAsync(query)).Hits.Select(h => h.SnippetHtml)];

            Assert.Equal(["s-laczka"], await OnNodeAsync("pielęg"));
            Assert.Equal(["s-ogrody-title", "s-ogrody-body"], await OnNodeAsync("ogr"));
            Assert.Contains("<mark>pielęgnacja</mark>", (await SnippetsOnNodeAsync("pielęg")).Single(), StringComparison.Ordinal);

            await indexer.CatchUpAsync();
            Assert.False(old.OutdatedSchema);
            Assert.True(old.Search(searcher => LuceneIndex.HasCurrentSchema(searcher.IndexReader)));
            Assert.Equal(["s-laczka"], await OnNodeAsync("pielęg"));
            Assert.Equal(["s-ogrody-title", "s-ogrody-body"], await OnNodeAsync("ogr"));
            Assert.Contains("<mark>pielęgnacja</mark>", (await SnippetsOnNodeAsync("pielęg")).Single(), StringComparison.Ordinal);
        }
        finally
        {
            indexes.Dispose();
        }
    }

    [Fact]
    public async Task Quoted_text_is_a_phrase()
    {
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("\"pielęgnacja zieleni\"")));
        Assert.Empty(Ids(await PublicAsync("\"zieleni pielęgnacja\"")));
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("zieleni pielęgnacja")));
    }

    [Fact]
    public async Task A_title_hit_ranks_before_a_body_hit_and_counts_are_per_type()
    {
        var result = await PublicAsync("ogrody");
        Assert.Equal(["s-ogrody-title", "s-ogrody-body"], Ids(result));
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
        Assert.Equal(2, result.Total);
        Assert.Equal(new Dictionary<string, int> { ["Article"] = 2 }, result.CountsByType);
    }

    [Fact]
    public async Task A_type_filter_narrows_hits_but_counts_still_show_every_type()
    {
        var result = await PublicAsync("Toruniu OR ogrody", "Entity");
        Assert.Empty(result.Hits); // "OR" is a word here, not an operator
        var both = await SearchAsync(null, new SearchRequest { Query = "i", ContentTypes = ["Entity"] });
        Assert.All(both.Hits, h => Assert.Equal("Entity", h.ContentType));
        Assert.True(both.CountsByType.ContainsKey("Article"));
        Assert.Equal(both.CountsByType["Entity"], both.Total);
    }

    [Theory]
    [InlineData("\"niedomknięty")]
    [InlineData("title:(foo AND")]
    [InlineData("*?~^[]{}\\/!-+&&||")]
    [InlineData("   ")]
    [InlineData("a\"b\"c\"")]
    public async Task Lucene_syntax_in_the_input_is_just_text(string query)
    {
        var result = await PublicAsync(query);
        Assert.NotNull(result);
    }

    [Fact]
    public async Task Snippets_mark_the_words_and_escape_everything_else()
    {
        var hit = Assert.Single((await PublicAsync("ciasto")).Hits);
        Assert.Contains("<mark>ciasto</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("a &lt; b &amp; c", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("Kawiarnia Zolta Filizanka", hit.Item.DisplayText);
    }

    [Fact]
    public async Task Snippets_come_from_term_vectors_around_the_match_in_a_long_body()
    {
        var filler = string.Join(" ", Enumerable.Repeat("Zwykły opis działalności bez niczego szczególnego.", 20));
        await Site.RunAsSystemAsync(s => EntityAsync(s.GetRequiredService<IContentManager>(), "s-dlugi", "Fundacja Długi Opis",
            $"<p>{filler} Prowadzimy też pracownię ceramiki &amp; garncarstwa dla dorosłych.</p>"));
        await CatchUpAsync();

        var hit = Assert.Single((await PublicAsync("garncarstwa")).Hits);
        Assert.StartsWith("…", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("ceramiki &amp; <mark>garncarstwa</mark> dla", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.True(hit.SnippetHtml!.Length < 260, hit.SnippetHtml);

        // The word being typed is marked whole; a phrase only where its words stand together.
        Assert.Contains("<mark>ceramiki</mark>", Assert.Single((await PublicAsync("pracownię ceram")).Hits).SnippetHtml, StringComparison.Ordinal);
        var phrase = Assert.Single((await PublicAsync("\"pracownie ceramiki\"")).Hits).SnippetHtml;
        Assert.Contains("<mark>pracownię</mark> <mark>ceramiki</mark>", phrase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_too_long_for_a_doc_value_is_stored_and_still_gives_a_snippet()
    {
        var filler = string.Join(" ", Enumerable.Repeat("Zwykły opis działalności bez niczego szczególnego.", 800));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(filler) > SearchDocumentFactory.MaxBodyDocValueBytes);
        await Site.RunAsSystemAsync(s => EntityAsync(s.GetRequiredService<IContentManager>(), "s-bardzo-dlugi", "Fundacja Bardzo Długi Opis",
            $"<p>{filler} Na końcu: tkactwo artystyczne.</p>"));
        await CatchUpAsync();

        var hit = Assert.Single((await PublicAsync("tkactw")).Hits);
        Assert.Contains("<mark>tkactwo</mark> artystyczne", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("s-bardzo-dlugi", hit.ContentItemId);
    }

    [Fact]
    public async Task The_admin_content_list_finds_a_draft_by_a_word_in_its_body_with_its_other_filters()
    {
        await Site.RunAsSystemAsync(s => EntityAsync(s.GetRequiredService<IContentManager>(), "s-wiklina", "Pracownia Plecionkarska",
            "<p>Kosze z wikliny i źdźbeł trawy.</p>", publish: false));
        await CatchUpAsync();
        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);

        // A body word of a draft, typed without diacritics; the list's label says the text is searched too.
        var found = await admin.GetStringAsync("/admin/tresci?q=zdzbel");
        Assert.Contains("Pracownia Plecionkarska", found, StringComparison.Ordinal);
        Assert.Contains("Tytuł lub treść zawiera", found, StringComparison.Ordinal);
        Assert.Contains("Znaleziono: 1", found, StringComparison.Ordinal);

        // The list's other filters still apply to what the words matched.
        Assert.Contains("Znaleziono: 1", await admin.GetStringAsync("/admin/tresci?q=wikliny&typ=Entity&status=draft"), StringComparison.Ordinal);
        Assert.Contains("Znaleziono: 0", await admin.GetStringAsync("/admin/tresci?q=wikliny&status=published"), StringComparison.Ordinal);
        Assert.Contains("Znaleziono: 0", await admin.GetStringAsync("/admin/tresci?q=wikliny&typ=Article"), StringComparison.Ordinal);
        // Titles still match as text inside a word, as before full-text search.
        Assert.Contains("Pracownia Plecionkarska", await admin.GetStringAsync("/admin/tresci?q=lecionkar"), StringComparison.Ordinal);

        // A draft's words are not for visitors, and the public search does not see it.
        Assert.Equal(0, (await PublicAsync("zdzbel")).Total);
    }

    [Fact]
    public async Task Bad_arguments_name_the_argument()
    {
        Assert.Equal("first", (await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(null, new SearchRequest { Query = "x", First = 0 }))).Path);
        Assert.Equal("skip", (await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(null, new SearchRequest { Query = "x", Skip = -1 }))).Path);
        Assert.Equal("types", (await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(null, new SearchRequest { Query = "x", ContentTypes = ["NoSuchType"] }))).Path);
        Assert.Equal("query", (await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(null, new SearchRequest { Query = new string('a', 201) }))).Path);
    }

    [Fact]
    public async Task An_unpublished_or_removed_item_disappears_at_once()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await EntityAsync(contents, "s-znika1", "Stowarzyszenie Znikające Pierwsze", "<p>Tekst.</p>");
            await EntityAsync(contents, "s-znika2", "Stowarzyszenie Znikające Drugie", "<p>Tekst.</p>");
        });
        await CatchUpAsync();
        Assert.Equal(["s-znika1", "s-znika2"], Ids(await PublicAsync("znikajace")).Order());

        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await contents.UnpublishAsync((await contents.GetAsync("s-znika1", VersionOptions.Published))!);
            await contents.RemoveAsync((await contents.GetAsync("s-znika2", VersionOptions.Latest))!);
        });

        // Not caught up yet: the documents are still in the index, but the page is re-read from the database.
        Assert.Empty(Ids(await PublicAsync("znikajace")));
        Assert.Equal(["s-znika1"], Ids(await EditorsAsync("znikajace")));
        await CatchUpAsync();
        Assert.Equal(0, (await PublicAsync("znikajace")).Total);
        Assert.Equal(1, (await EditorsAsync("znikajace")).Total);
    }

    [Fact]
    public async Task A_draft_is_only_in_the_editors_index()
    {
        await Site.RunAsSystemAsync(async s =>
        {
            var contents = s.GetRequiredService<IContentManager>();
            await EntityAsync(contents, "s-szkic", "Fundacja Szkicownik", "<p>Jeszcze nieopublikowana.</p>", publish: false);
            await EntityAsync(contents, "s-wersja", "Fundacja Wersjonowana", "<p>Opublikowany opis.</p>");
            var draft = (await contents.GetAsync("s-wersja", VersionOptions.DraftRequired))!;
            draft.Apply(new HtmlBodyPart { Html = "<p>Tajnyplan w wersji roboczej.</p>" });
            await contents.UpdateAsync(draft);
        });
        await CatchUpAsync();

        Assert.Equal(0, (await PublicAsync("szkicownik")).Total);
        Assert.Equal(["s-szkic"], Ids(await EditorsAsync("szkicownik")));
        Assert.Equal(0, (await PublicAsync("tajnyplan")).Total);
        Assert.Equal(["s-wersja"], Ids(await EditorsAsync("tajnyplan")));
        Assert.Equal(["s-wersja"], Ids(await PublicAsync("opublikowany")));
        Assert.Empty(Ids(await EditorsAsync("opublikowany")));
        // Visitors cannot search the editors' index: nothing of it is theirs to see.
        Assert.Equal(0, (await SearchAsync(null, new SearchRequest { Query = "tajnyplan", Index = SearchIndexName.Editors })).Total);
    }

    [Fact]
    public async Task Suggestions_are_published_titles_matching_the_typed_prefix()
    {
        IReadOnlyList<SearchSuggestion> suggestions = [];
        await Site.RunAsAsync(null, async s => suggestions = await s.GetRequiredService<ISearchService>().SuggestAsync("spoldz soc"));
        var suggestion = Assert.Single(suggestions);
        Assert.Equal("Spółdzielnia Socjalna Łączka", suggestion.Title);
        Assert.StartsWith("/podmioty/", suggestion.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_gives_the_same_results_as_incremental_indexing()
    {
        string[] queries = ["laczka", "ogrody", "spoldzielnia", "kawa", "tekst", "fundacja", "i"];
        await CatchUpAsync();
        var before = await SnapshotAsync(queries);
        var indexer = Site.Services.GetRequiredService<SearchIndexer>();
        await indexer.RebuildAsync();
        Assert.Equal(before, await SnapshotAsync(queries));
        await CatchUpAsync();
        Assert.Equal(before, await SnapshotAsync(queries));
    }

    [Fact]
    public async Task A_node_killed_in_the_middle_of_a_batch_catches_up_on_restart_without_loss_or_duplicates()
    {
        await CatchUpAsync();
        var folder = Path.Combine(Site.Database.AppData, "node-b-" + Guid.NewGuid().ToString("N")[..8]);

        // Node B indexes two messages a batch and dies while writing its third public batch, before that commit.
        var (indexes, indexer) = Node(folder, batchSize: 2);
        var publicCommits = 0;
        indexer.BeforeCommit = name =>
        {
            if (name == SearchIndexName.Public && ++publicCommits == 3)
            {
                throw new IOException("node killed");
            }
        };
        await Assert.ThrowsAsync<IOException>(() => indexer.CatchUpAsync());
        var cursorAtDeath = indexes.Get(SearchIndexName.Public).Cursor;
        Assert.True(cursorAtDeath > 0);
        indexes.Dispose();

        // On restart the index opens at its last commit, and the cursor with it.
        var (restarted, restartedIndexer) = Node(folder, batchSize: 50);
        try
        {
            Assert.Equal(cursorAtDeath, restarted.Get(SearchIndexName.Public).Cursor);
            await restartedIndexer.CatchUpAsync();
            var main = Site.Services.GetRequiredService<SearchIndexes>();
            foreach (var name in new[] { SearchIndexName.Public, SearchIndexName.Editors })
            {
                var expected = AllIds(main.Get(name));
                var actual = AllIds(restarted.Get(name));
                Assert.Equal(expected.Order(), actual.Order());
                Assert.Equal(actual.Count, actual.Distinct().Count());
                Assert.Equal(main.Get(name).Cursor, restarted.Get(name).Cursor);
            }
        }
        finally
        {
            restarted.Dispose();
        }
    }

    [Fact]
    public async Task The_search_page_escapes_text_and_marks_matches()
    {
        var client = await Site.ClientAsync();
        var html = await client.GetStringAsync("/szukaj?q=ciasto");
        Assert.Contains("<mark>ciasto</mark>", html, StringComparison.Ordinal);
        Assert.Contains("a &lt; b &amp; c", html, StringComparison.Ordinal);
        Assert.Contains("Kawiarnia Zolta Filizanka", html, StringComparison.Ordinal);
        var hostile = await client.GetStringAsync("/szukaj?q=" + Uri.EscapeDataString("<script>alert(1)</script> \"(("));
        Assert.DoesNotContain("<script>alert(1)", hostile, StringComparison.Ordinal);
        Assert.Contains("Wyniki dla", hostile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_http_api_answers_bad_arguments_with_problem_details_and_suggests_titles()
    {
        var client = await Site.ClientAsync();
        var bad = await client.GetAsync("/api/search?q=x&first=0");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"path\":\"first\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var suggest = await client.GetStringAsync("/api/search/suggest?q=lacz");
        Assert.Contains("Spółdzielnia Socjalna Łączka", suggest, StringComparison.Ordinal);
        var found = await client.GetStringAsync("/api/search?q=ogrody&type=Article");
        Assert.Contains("\"total\":2", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_is_for_administrators_and_a_rebuild_is_asked_for_with_a_form()
    {
        var anonymous = await Site.ClientAsync();
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync("/admin/search")).StatusCode);
        var editor = await Site.ClientAsync("editor1", TestSite.EditorPassword);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await editor.GetAsync("/api/search/status")).StatusCode);

        var admin = await Site.ClientAsync("admin", TestSite.AdminPassword);
        var page = await PesTor.Tests.Integration.Admin.AdminForms.GetPageAsync(admin, "/admin/search");
        Assert.Contains("Indeksy wyszukiwarki", page, StringComparison.Ordinal);
        Assert.Contains("Publiczny (wersje opublikowane)", page, StringComparison.Ordinal);
        var posted = await PesTor.Tests.Integration.Admin.AdminForms.PostAsync(admin, "/admin/search?handler=Rebuild", page, []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        var indexer = Site.Services.GetRequiredService<SearchIndexer>();
        Assert.True(indexer.RebuildRequested || indexer.LastBatchUtc is not null);
        await CatchUpAsync();
        Assert.False(indexer.RebuildRequested);
        Assert.Equal(["s-laczka"], Ids(await PublicAsync("laczka")));
    }

    private (SearchIndexes Indexes, SearchIndexer Indexer) Node(string folder, int batchSize)
    {
        var options = Options.Create(new SearchOptions { Folder = folder, BatchSize = batchSize });
        var indexes = new SearchIndexes(Site.Services.GetRequiredService<IConfiguration>(), Site.Services.GetRequiredService<IHostEnvironment>(), options);
        var indexer = new SearchIndexer(indexes, Site.Services.GetRequiredService<IServiceScopeFactory>(), options, TimeProvider.System, NullLogger<SearchIndexer>.Instance);
        return (indexes, indexer);
    }

    private static List<string> AllIds(LuceneIndex index) => index.Search(searcher =>
        searcher.Search(new MatchAllDocsQuery(), 100_000).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id")).ToList());

    private async Task<List<string>> SnapshotAsync(string[] queries)
    {
        var lines = new List<string>();
        foreach (var query in queries)
        {
            var result = await PublicAsync(query);
            var editors = await EditorsAsync(query);
            // The same documents and totals; the order of near-equal scores may differ, because an incrementally updated
            // index still counts replaced documents in its term statistics until segments merge.
            lines.Add($"{query}: {result.Total} [{string.Join(",", Ids(result).Order())}] / {editors.Total} [{string.Join(",", Ids(editors).Order())}]");
        }

        return lines;
    }

    private Task CatchUpAsync() => Site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync();

    private Task<SearchResult> PublicAsync(string query, params string[] types) =>
        SearchAsync(null, new SearchRequest { Query = query, ContentTypes = types });

    private Task<SearchResult> EditorsAsync(string query) =>
        SearchAsync("admin", new SearchRequest { Query = query, Index = SearchIndexName.Editors });

    private async Task<SearchResult> SearchAsync(string? user, SearchRequest request)
    {
        SearchResult? result = null;
        await Site.RunAsAsync(user, async s => result = await s.GetRequiredService<ISearchService>().SearchAsync(request));
        return result!;
    }

    private static List<string> Ids(SearchResult result) => [.. result.Hits.Select(h => h.ContentItemId)];

    private static async Task EntityAsync(IContentManager contents, string id, string title, string html, bool publish = true)
    {
        var entity = await ContentBuilders.NewEntityAsync(contents, title);
        entity.ContentItemId = id;
        entity.Apply(new HtmlBodyPart { Html = html });
        await contents.CreateAsync(entity, publish);
    }

    private static async Task ArticleAsync(IContentManager contents, string id, string title, string html)
    {
        var article = await contents.NewAsync("Article");
        article.ContentItemId = id;
        article.Apply(new TitlePart { Title = title });
        article.Apply(new HtmlBodyPart { Html = html });
        await contents.CreateAsync(article, publish: true);
    }
}

public sealed class SqliteSearchTests(SqliteSite site) : SearchTests<SqliteSite>(site), IClassFixture<SqliteSite>;

public sealed class PostgresSearchTests(PostgresSite site) : SearchTests<PostgresSite>(site), IClassFixture<PostgresSite>;
