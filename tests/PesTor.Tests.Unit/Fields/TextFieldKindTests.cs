using PesTor.ContentFields;
using PesTor.ContentManagement;
using PesTor.Contents.Fields;
using PesTor.Indexing;
using PesTor.Tests.Unit.TestDoubles;

namespace PesTor.Tests.Unit.Fields;

public sealed class TextFieldKindTests
{
    private readonly TextFieldKind _kind = new();

    [Fact]
    public async Task Required_text_that_is_blank_is_refused()
    {
        var context = await Validate("   ", new TextFieldSettings { Required = true });

        Assert.Equal(["This field is required."], context.Messages());
    }

    [Fact]
    public async Task Text_is_stored_trimmed()
    {
        var context = await Validate("  Toruń  ", new TextFieldSettings());

        Assert.Equal("Toruń", context.Item.GetField<TextField>(Contexts.Type, "Name")!.Text);
    }

    [Fact]
    public async Task Text_longer_than_max_length_is_refused()
    {
        var context = await Validate("abcdef", new TextFieldSettings { MaxLength = 5 });

        Assert.Equal(["The text must be at most 5 characters long (it has 6)."], context.Messages());
    }

    [Fact]
    public async Task Value_outside_the_options_is_refused_naming_the_allowed_ones()
    {
        var settings = new TextFieldSettings { Editor = TextEditor.Options, Options = [new() { Value = "open" }, new() { Value = "closed" }] };

        var context = await Validate("pending", settings);

        Assert.Equal(["'pending' is not one of the allowed values: open, closed."], context.Messages());
    }

    [Fact]
    public async Task Value_among_the_options_is_accepted()
    {
        var settings = new TextFieldSettings { Editor = TextEditor.Options, Options = [new() { Value = "open" }] };

        Assert.True((await Validate("open", settings)).Result.Succeeded);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Jan <jan@example.pl>")]
    [InlineData("jan@localhost")]
    public async Task Bad_email_is_refused(string email)
    {
        var context = await Validate(email, new TextFieldSettings { Editor = TextEditor.Email });

        Assert.Equal(["Enter a valid e-mail address, like name@example.pl."], context.Messages());
    }

    [Fact]
    public async Task Good_email_is_accepted() =>
        Assert.True((await Validate("cistor@cistorsps.pl", new TextFieldSettings { Editor = TextEditor.Email })).Result.Succeeded);

    [Fact]
    public async Task Pattern_must_match_the_whole_value()
    {
        var context = await Validate("87-100x", new TextFieldSettings { Pattern = "[0-9]{2}-[0-9]{3}", PatternMessage = "Use NN-NNN." });

        Assert.Equal(["Use NN-NNN."], context.Messages());
    }

    [Fact]
    public async Task Value_matching_the_pattern_is_accepted() =>
        Assert.True((await Validate("87-100", new TextFieldSettings { Pattern = "[0-9]{2}-[0-9]{3}" })).Result.Succeeded);

    [Fact]
    public async Task Invalid_pattern_is_reported_instead_of_throwing()
    {
        var context = await Validate("x", new TextFieldSettings { Pattern = "([a-z" });

        Assert.Contains("not a valid regular expression", Assert.Single(context.Messages()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nip_validator_refuses_a_wrong_check_digit()
    {
        var context = await Validate("5260250275", new TextFieldSettings { Validator = "nip" });

        Assert.Equal(["NIP must be 10 digits with a valid check digit."], context.Messages());
    }

    [Fact]
    public async Task Nip_validator_stores_the_nip_without_dashes()
    {
        var context = await Validate("526-025-02-74", new TextFieldSettings { Validator = "nip" });

        Assert.True(context.Result.Succeeded);
        Assert.Equal("5260250274", context.Item.GetField<TextField>(Contexts.Type, "Name")!.Text);
    }

    [Fact]
    public async Task Regon_validator_refuses_a_wrong_check_digit()
    {
        var context = await Validate("123456786", new TextFieldSettings { Validator = "regon" });

        Assert.Equal(["REGON must be 9 or 14 digits with a valid check digit."], context.Messages());
    }

    [Fact]
    public async Task Krs_validator_refuses_nine_digits()
    {
        var context = await Validate("000012345", new TextFieldSettings { Validator = "krs" });

        Assert.Equal(["KRS must be exactly 10 digits."], context.Messages());
    }

    [Fact]
    public async Task Unknown_validator_is_an_error()
    {
        var context = await Validate("x", new TextFieldSettings { Validator = "pesel" });

        Assert.Contains("unknown validator 'pesel'", Assert.Single(context.Messages()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_located_by_part_and_field()
    {
        var context = await Validate("", new TextFieldSettings { Required = true });

        Assert.Equal("Entity.Name", Assert.Single(context.Result.Errors).Path);
    }

    [Fact]
    public void Index_row_keeps_the_exact_text_and_a_lower_cased_copy()
    {
        var context = Context("Spółdzielnia ŁĄCZKA", new TextFieldSettings());

        var row = Assert.Single(_kind.Index(context));

        Assert.Equal(new FieldIndexRow(IndexKind.Text, "Entity", "Name") { Text = "Spółdzielnia ŁĄCZKA", Text2 = "spółdzielnia łączka" }, row);
    }

    [Fact]
    public void Index_text_is_cut_to_766_characters()
    {
        var row = Assert.Single(_kind.Index(Context(new string('a', 1000), new TextFieldSettings())));

        Assert.Equal(766, row.Text!.Length);
    }

    [Fact]
    public void Empty_text_has_no_index_row() => Assert.Empty(_kind.Index(Context(null, new TextFieldSettings())));

    private static FieldValueContext Context(string? text, TextFieldSettings settings)
    {
        var item = Contexts.Item().ApplyField(Contexts.Type, "Name", new TextField { Text = text });
        return Contexts.Field(item, "Name", FieldKinds.Text, settings);
    }

    private async Task<FieldValueContext> Validate(string? text, TextFieldSettings settings)
    {
        var context = Context(text, settings);
        await _kind.ValidateAsync(context, CancellationToken.None);
        return context;
    }
}
