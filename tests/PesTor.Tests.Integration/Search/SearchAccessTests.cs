using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PesTor.Search.Services;

namespace PesTor.Tests.Integration.Search;

/// <summary>
/// The access filter is left out only where it could not remove a document: every type in the index is one the caller
/// sees whole, and no rule depends on the owner. Checked on a small in-memory index (no site needed).
/// </summary>
public sealed class SearchAccessTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public SearchAccessTests()
    {
        using var analyzer = new PolishAnalyzer();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(PolishAnalyzer.Version, analyzer)))
        {
            foreach (var (id, type) in new[] { ("a1", "Entity"), ("a2", "Entity"), ("b1", "Offer") })
            {
                writer.AddDocument(new Document
                {
                    new StringField(SearchFields.Id, id, Field.Store.YES),
                    new StringField(SearchFields.Type, type, Field.Store.YES),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Fact]
    public void The_filter_is_left_out_only_when_it_would_remove_nothing()
    {
        var entitiesOnly = new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Type, "Entity")));

        Assert.Null(new SearchAccess(Types("Entity", "Offer"), entitiesOnly, byOwner: false).FilterFor(_reader));
        Assert.Null(new SearchAccess(Types("Entity", "Offer", "Article"), entitiesOnly, byOwner: false).FilterFor(_reader));

        // A type the caller may not see whole is in the index: the filter stays, and it does remove the offer.
        var narrowed = new SearchAccess(Types("Entity"), entitiesOnly, byOwner: false).FilterFor(_reader);
        Assert.Same(entitiesOnly, narrowed);
        Assert.Equal(2, new IndexSearcher(_reader).Search(new MatchAllDocsQuery(), narrowed, 10).TotalHits);

        // Rules by owner always filter.
        Assert.Same(entitiesOnly, new SearchAccess(Types("Entity", "Offer"), entitiesOnly, byOwner: true).FilterFor(_reader));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static HashSet<string> Types(params string[] types) => new(types, StringComparer.Ordinal);
}
