using PesTor.Data.Queries;
using PesTor.Indexing;
using PesTor.Queries;

namespace PesTor.Tests.Unit.Queries;

public sealed class ContentSqlCompilerTests
{
    [Fact]
    public void Values_never_appear_in_the_sql_text()
    {
        var sql = ContentSqlCompiler.Select(Query(Field("Entity", "Krs", FilterOperator.Eq, "x'); DROP TABLE \"ContentItems\"; --", IndexKind.Text)));
        Assert.DoesNotContain("DROP", sql.Sql, StringComparison.Ordinal);
        Assert.Contains("x'); DROP TABLE \"ContentItems\"; --", sql.Parameters);
    }

    [Fact]
    public void A_field_filter_is_keyed_by_part_and_field()
    {
        var sql = ContentSqlCompiler.Select(Query(Field("Offer", "PriceTo", FilterOperator.Gt, 5.0, IndexKind.Numeric)));
        Assert.Contains("\"NumericFieldIndex\"", sql.Sql, StringComparison.Ordinal);
        Assert.Contains("\"ContentPart\" = ", sql.Sql, StringComparison.Ordinal);
        Assert.Contains("\"ContentField\" = ", sql.Sql, StringComparison.Ordinal);
        Assert.Contains("Offer", sql.Parameters);
        Assert.Contains("PriceTo", sql.Parameters);
    }

    [Fact]
    public void Not_equal_on_a_field_means_no_value_matches()
    {
        var sql = ContentSqlCompiler.Select(Query(Field("Entity", "LegalForm", FilterOperator.NotEq, "fundacja", IndexKind.Taxonomy)));
        Assert.Contains("v.\"Id\" NOT IN (SELECT", sql.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_escapes_like_wildcards_and_lower_cases_the_pattern()
    {
        var sql = ContentSqlCompiler.Select(Query(Field("AddressPart", "City", FilterOperator.Contains, "100%_Łódź", IndexKind.Text)));
        Assert.Contains("%100\\%\\_łódź%", sql.Parameters);
        Assert.Contains("\"NormalizedValue\" LIKE", sql.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_is_a_limit_and_an_offset_with_a_stable_tie_breaker()
    {
        var sql = ContentSqlCompiler.Select(new ContentQuery { ContentTypes = ["Entity"], Skip = 40, Take = 20, OrderBy = [ContentOrder.By(ContentColumn.DisplayText)] });
        Assert.EndsWith("ORDER BY v.\"DisplayText\" ASC, v.\"Id\" ASC LIMIT {1} OFFSET {2}", sql.Sql, StringComparison.Ordinal);
        Assert.Equal([(object)"Entity", 20, 40], sql.Parameters);
    }

    [Fact]
    public void An_empty_in_list_matches_nothing() =>
        Assert.Contains("1 = 0", ContentSqlCompiler.Count(Query(ContentFilter.ByColumn(ContentColumn.Owner, FilterOperator.In, Array.Empty<object>()))).Sql, StringComparison.Ordinal);

    [Fact]
    public void One_published_field_value_ordered_by_title_is_paged_inside_the_index_table()
    {
        var query = Query(Field("Entity", "LegalForm", FilterOperator.Eq, "fundacja", IndexKind.Taxonomy)) with { Take = 20, Skip = 40 };
        var sql = ContentSqlCompiler.Select(query);
        Assert.Contains("FROM \"TaxonomyFieldIndex\" i WHERE", sql.Sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY i.\"DisplayText\" ASC, i.\"DocumentId\" ASC LIMIT {4} OFFSET {5})", sql.Sql, StringComparison.Ordinal);
        Assert.Equal([(object)"Entity", "LegalForm", "fundacja", "Entity", 20, 40], sql.Parameters);
        Assert.StartsWith("SELECT COUNT(*) AS \"Value\" FROM \"TaxonomyFieldIndex\"", ContentSqlCompiler.Count(query).Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_filter_or_another_order_takes_the_general_statement()
    {
        var twoFilters = Query(ContentFilter.And(
            Field("Entity", "LegalForm", FilterOperator.Eq, "fundacja", IndexKind.Taxonomy),
            Field("AddressPart", "City", FilterOperator.Eq, "Toruń", IndexKind.Text)));
        Assert.StartsWith("SELECT v.* FROM \"ContentItems\" v WHERE v.\"Published\"", ContentSqlCompiler.Select(twoFilters).Sql, StringComparison.Ordinal);

        var byDate = Query(Field("Entity", "LegalForm", FilterOperator.Eq, "fundacja", IndexKind.Taxonomy)) with
        {
            OrderBy = [ContentOrder.By(ContentColumn.PublishedUtc)],
        };
        Assert.StartsWith("SELECT v.* FROM \"ContentItems\" v WHERE v.\"Published\"", ContentSqlCompiler.Select(byDate).Sql, StringComparison.Ordinal);
    }

    private static FieldFilter Field(string part, string field, FilterOperator op, object value, IndexKind kind) =>
        new(part, field, op, value) { Kind = kind };

    private static ContentQuery Query(ContentFilter filter) => new() { ContentTypes = ["Entity"], Where = filter };
}
