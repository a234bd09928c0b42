using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class BooleanAndDateFieldKindTests
{
    [Fact]
    public void Boolean_index_row_holds_the_value()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Verified", new BooleanField { Value = true });

        var row = Assert.Single(new BooleanFieldKind().Index(Contexts.Field(item, "Verified", FieldKinds.Boolean)));

        Assert.Equal(new FieldIndexRow(IndexKind.Boolean, "Entity", "Verified") { Bool = true }, row);
    }

    [Fact]
    public async Task Required_boolean_that_is_missing_is_refused()
    {
        var context = Contexts.Field(Contexts.Item(), "Verified", FieldKinds.Boolean, new BooleanFieldSettings { Required = true });

        await new BooleanFieldKind().ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public async Task Required_date_that_is_missing_is_refused()
    {
        var context = Contexts.Field(Contexts.Item(), "AppliedOn", FieldKinds.Date, new DateFieldSettings { Required = true });

        await new DateFieldKind().ValidateAsync(context, CancellationToken.None);

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public void Date_is_indexed_as_midnight_utc()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "AppliedOn", new DateField { Value = new DateOnly(2013, 1, 30) });

        var row = Assert.Single(new DateFieldKind().Index(Contexts.Field(item, "AppliedOn", FieldKinds.Date)));

        Assert.Equal(new DateTime(2013, 1, 30, 0, 0, 0, DateTimeKind.Utc), row.Date);
        Assert.Equal(DateTimeKind.Utc, row.Date!.Value.Kind);
    }

    [Fact]
    public async Task Date_time_with_an_offset_is_stored_in_utc()
    {
        var item = Contexts.Item();
        item.Content[Contexts.Type] = System.Text.Json.Nodes.JsonNode.Parse("""{ "From": { "Value": "2013-06-19T12:00:00+02:00" } }""");
        var context = Contexts.Field(item, "From", FieldKinds.DateTime);

        await new DateTimeFieldKind().ValidateAsync(context, CancellationToken.None);

        var stored = item.GetField<DateTimeField>(Contexts.Type, "From")!.Value!.Value;
        Assert.Equal(new DateTime(2013, 6, 19, 10, 0, 0, DateTimeKind.Utc), stored);
        Assert.Equal(DateTimeKind.Utc, stored.Kind);
    }

    [Fact]
    public void Date_time_is_indexed_in_the_date_time_table_in_utc()
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "From", new DateTimeField { Value = new DateTime(2013, 6, 19, 10, 0, 0, DateTimeKind.Utc) });

        var row = Assert.Single(new DateTimeFieldKind().Index(Contexts.Field(item, "From", FieldKinds.DateTime)));

        Assert.Equal(new FieldIndexRow(IndexKind.DateTime, "Entity", "From") { Date = new DateTime(2013, 6, 19, 10, 0, 0, DateTimeKind.Utc) }, row);
    }
}
