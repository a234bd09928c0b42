using PesTor.Contents.Validation;
using PesTor.Validation;

namespace PesTor.Tests.Unit.Validation;

public sealed class PolishIdentifiersTests
{
    [Fact]
    public void Known_valid_nip_is_accepted() => Assert.True(PolishIdentifiers.IsValidNip("5260250274"));

    [Fact]
    public void Nip_built_with_the_check_digit_helper_is_accepted()
    {
        var check = PolishIdentifiers.NipCheckDigit("123456321");

        Assert.Equal(8, check);
        Assert.True(PolishIdentifiers.IsValidNip($"123456321{check}"));
    }

    [Fact]
    public void Nip_written_with_dashes_or_spaces_is_accepted()
    {
        Assert.True(PolishIdentifiers.IsValidNip("123-456-32-18"));
        Assert.True(PolishIdentifiers.IsValidNip("526 025 02 74"));
    }

    [Fact]
    public void Nip_with_wrong_check_digit_is_refused() => Assert.False(PolishIdentifiers.IsValidNip("5260250275"));

    [Theory]
    [InlineData("")]
    [InlineData("526025027")]
    [InlineData("52602502741")]
    [InlineData("526O250274")]
    public void Nip_that_is_not_ten_digits_is_refused(string nip) => Assert.False(PolishIdentifiers.IsValidNip(nip));

    [Fact]
    public void Nip_whose_checksum_gives_ten_has_no_check_digit()
    {
        // Some nine-digit prefixes weigh to 10 mod 11; no tenth digit can complete them.
        var prefix = Enumerable.Range(0, 1000).Select(n => $"{n:D9}").First(p => PolishIdentifiers.NipCheckDigit(p) is null);

        Assert.All(Enumerable.Range(0, 10), d => Assert.False(PolishIdentifiers.IsValidNip($"{prefix}{d}")));
    }

    [Fact]
    public void Nine_digit_regon_with_valid_check_digit_is_accepted() => Assert.True(PolishIdentifiers.IsValidRegon("123456785"));

    [Fact]
    public void Nine_digit_regon_with_wrong_check_digit_is_refused() => Assert.False(PolishIdentifiers.IsValidRegon("123456786"));

    [Fact]
    public void Regon_check_digit_of_ten_counts_as_zero()
    {
        var prefix = Enumerable.Range(0, 1000).Select(n => $"{n:D8}").First(p => WeightedRegon9(p) % 11 == 10);

        Assert.Equal(0, PolishIdentifiers.RegonCheckDigit(prefix));
        Assert.True(PolishIdentifiers.IsValidRegon($"{prefix}0"));
    }

    [Fact]
    public void Fourteen_digit_regon_with_valid_check_digits_is_accepted() => Assert.True(PolishIdentifiers.IsValidRegon("12345678512347"));

    [Fact]
    public void Fourteen_digit_regon_with_wrong_last_digit_is_refused() => Assert.False(PolishIdentifiers.IsValidRegon("12345678512348"));

    [Fact]
    public void Fourteen_digit_regon_needs_a_valid_nine_digit_prefix()
    {
        // The last digit is right for the 13 digits before it, but "123456786" is not a valid REGON.
        var digits = "1234567861234";
        var regon = digits + PolishIdentifiers.RegonCheckDigit(digits);

        Assert.False(PolishIdentifiers.IsValidRegon(regon));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("1234567851")]
    [InlineData("12345678a")]
    public void Regon_of_other_lengths_or_characters_is_refused(string regon) => Assert.False(PolishIdentifiers.IsValidRegon(regon));

    [Fact]
    public void Krs_of_ten_digits_is_accepted() => Assert.True(PolishIdentifiers.IsValidKrs("0000123456"));

    [Theory]
    [InlineData("000012345")]
    [InlineData("00001234567")]
    [InlineData("0000-12345")]
    public void Krs_that_is_not_exactly_ten_digits_is_refused(string krs) => Assert.False(PolishIdentifiers.IsValidKrs(krs));

    private static int WeightedRegon9(string digits) =>
        digits.Zip(new[] { 8, 9, 2, 3, 4, 5, 6, 7 }, (d, w) => (d - '0') * w).Sum();
}
