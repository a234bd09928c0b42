using PesTor.Contents.Validation;
using PesTor.Validation;

namespace PesTor.Tests.Unit.Validation;

public sealed class SlugifierTests
{
    [Fact]
    public void Polish_letters_are_transliterated() => Assert.Equal("spoldzielnia-laczka", Slugifier.Slugify("Spółdzielnia Łączka"));

    [Fact]
    public void Every_polish_diacritic_is_transliterated() => Assert.Equal("zazolc-gesla-jazn", Slugifier.Slugify("Zażółć gęślą jaźń"));

    [Fact]
    public void Upper_case_polish_letters_are_transliterated() => Assert.Equal("acelnoszz", Slugifier.Slugify("ĄĆĘŁŃÓŚŹŻ"));

    [Fact]
    public void Other_diacritics_are_removed() => Assert.Equal("cafe-munchen", Slugifier.Slugify("Café München"));

    [Fact]
    public void Punctuation_and_whitespace_collapse_to_one_dash() =>
        Assert.Equal("fundacja-alma-i-stow-sw-lukasza", Slugifier.Slugify("  Fundacja „ALMA” --- i   Stow. Św. Łukasza!! "));

    [Fact]
    public void Blank_text_gives_an_empty_slug() => Assert.Equal("", Slugifier.Slugify(" ?! "));

    [Fact]
    public void Long_text_is_cut_to_the_limit_without_a_trailing_dash()
    {
        var slug = Slugifier.Slugify(string.Concat(Enumerable.Repeat("abcdefghi ", 30)));

        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }
}
