using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class NumericFieldKindTests
{
    private readonly NumericFieldKind _kind = new();

    [Fact]
    public async Task Required_number_that_is_missing_is_refused()
    {
        var context = await Validate(null, new NumericFieldSettings { Required = true });

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public async Task Number_below_the_minimum_is_refused()
    {
        var context = await Validate(-1m, new NumericFieldSettings { Minimum = 0m });

        Assert.Equal(["The value must be at least 0."], context.Messages());
    }

    [Fact]
    public async Task Number_above_the_maximum_is_refused()
    {
        var context = await Validate(100.5m, new NumericFieldSettings { Maximum = 70m, Scale = 1 });

        Assert.Equal(["The value must be at most 70."], context.Messages());
    }

    [Fact]
    public async Task Number_with_more_decimals_than_the_scale_is_refused()
    {
        var context = await Validate(232.785m, new NumericFieldSettings { Scale = 2 });

        Assert.Equal(["The value may have at most 2 digits after the decimal point."], context.Messages());
    }

    [Fact]
    public async Task Trailing_zeros_do_not_count_against_the_scale() =>
        Assert.True((await Validate(1.50m, new NumericFieldSettings { Scale = 1 })).Result.Succeeded);

    [Fact]
    public async Task Fraction_in_a_whole_number_field_is_refused()
    {
        var context = await Validate(2.5m, new NumericFieldSettings());

        Assert.Equal(["The value must be a whole number."], context.Messages());
    }

    [Fact]
    public void Index_row_holds_the_number()
    {
        var row = Assert.Single(_kind.Index(Context(873488.44m)));

        Assert.Equal(new FieldIndexRow(IndexKind.Numeric, "Entity", "Value") { Number = 873488.44 }, row);
    }

    private static FieldValueContext Context(decimal? value, NumericFieldSettings? settings = null)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Value", new NumericField { Value = value });
        return Contexts.Field(item, "Value", FieldKinds.Numeric, settings);
    }

    private async Task<FieldValueContext> Validate(decimal? value, NumericFieldSettings settings)
    {
        var context = Context(value, settings);
        await _kind.ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
