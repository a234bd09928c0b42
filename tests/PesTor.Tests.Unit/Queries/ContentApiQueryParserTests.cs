using PesTor.Contents.Endpoints;
using PesTor.Queries;

namespace PesTor.Tests.Unit.Queries;

public sealed class ContentApiQueryParserTests
{
    [Fact]
    public void A_field_filter_names_part_field_operator_and_value()
    {
        var filter = Assert.IsType<FieldFilter>(ContentApiQueryParser.ParseFilters(["Entity.LegalForm eq spoldzielnia_socjalna"]));
        Assert.Equal(("Entity", "LegalForm", FilterOperator.Eq, "spoldzielnia_socjalna"), (filter.Part, filter.Field, filter.Operator, (string)filter.Value!));
    }

    [Fact]
    public void A_value_may_contain_spaces()
    {
        var filter = Assert.IsType<ColumnFilter>(ContentApiQueryParser.ParseFilters(["displayText contains Dom Pomocy"]));
        Assert.Equal((ContentColumn.DisplayText, FilterOperator.Contains, "Dom Pomocy"), (filter.Column, filter.Operator, (string)filter.Value!));
    }

    [Fact]
    public void A_property_of_a_multi_column_field_is_a_third_name()
    {
        var filter = Assert.IsType<FieldFilter>(ContentApiQueryParser.ParseFilters(["Entity.Location.Latitude gt 53"]));
        Assert.Equal("Latitude", filter.Property);
    }

    [Fact]
    public void Several_filters_are_combined_with_and() =>
        Assert.Equal(2, Assert.IsType<AndFilter>(ContentApiQueryParser.ParseFilters(["displayText contains a", "Entity.Krs ne 1"])).Filters.Count);

    [Fact]
    public void A_filter_without_a_known_operator_explains_the_syntax()
    {
        var error = Assert.Throws<ContentQueryException>(() => ContentApiQueryParser.ParseFilters(["Entity.Krs is 1"]));
        Assert.Equal("filter[0]", error.Path);
        Assert.Contains("target op value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_by_reads_directions_and_fields()
    {
        var orders = ContentApiQueryParser.ParseOrderBy("-publishedUtc, Entity.Employees");
        Assert.Equal(ContentColumn.PublishedUtc, orders[0].Column);
        Assert.True(orders[0].Descending);
        Assert.Equal(("Entity", "Employees", false), (orders[1].Part, orders[1].Field, orders[1].Descending));
    }

    [Fact]
    public void An_unknown_status_is_refused() =>
        Assert.Equal("status", Assert.Throws<ContentQueryException>(() => ContentApiQueryParser.ParseStatus("archived")).Path);
}
