using System.Text.Json.Nodes;
using PesTor.Recipes;
using PesTor.Recipes.SampleData;

namespace PesTor.Tests.Unit.SampleData;

public sealed class SampleDataStepSettingsTests
{
    [Fact]
    public void An_empty_step_gives_the_defaults()
    {
        var settings = SampleDataStepSettings.Parse(new JsonObject { ["name"] = "SampleData" });

        Assert.Equal(new SampleDataOptions(), settings.Options);
        Assert.True(settings.Accounts);
        Assert.Equal("Przykład-2013", settings.AccountPassword);
    }

    [Fact]
    public void Given_values_are_read_from_numbers_and_digit_strings()
    {
        var settings = SampleDataStepSettings.Parse(new JsonObject
        {
            ["Seed"] = 7, ["Entities"] = "10000", ["Premises"] = 0, ["Accounts"] = false, ["AccountPassword"] = "Inne-Hasło-1",
        });

        Assert.Equal(7, settings.Options.Seed);
        Assert.Equal(10_000, settings.Options.Entities);
        Assert.Equal(0, settings.Options.Premises);
        Assert.False(settings.Accounts);
        Assert.Equal("Inne-Hasło-1", settings.AccountPassword);
    }

    [Theory]
    [InlineData("Entities", "-1")]
    [InlineData("Offers", "\"dużo\"")]
    [InlineData("Needs", "1.5")]
    [InlineData("CultureCards", "[3]")]
    [InlineData("Seed", "true")]
    [InlineData("Accounts", "3")]
    [InlineData("AccountPassword", "\"\"")]
    public void A_bad_value_names_its_property(string property, string json)
    {
        var step = new JsonObject { [property] = JsonNode.Parse(json) };

        var error = Assert.Throws<RecipeStepException>(() => SampleDataStepSettings.Parse(step));

        Assert.Equal(property, error.Path);
    }

    [Fact]
    public void Offers_without_entities_are_refused()
    {
        var error = Assert.Throws<RecipeStepException>(() => SampleDataStepSettings.Parse(new JsonObject { ["Entities"] = 0 }));

        Assert.Equal("Offers", error.Path);
    }
}
