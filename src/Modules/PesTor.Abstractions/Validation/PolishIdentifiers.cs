namespace PesTor.Validation;

/// <summary>
/// Checks of the Polish registry identifiers an entity carries (domain notes, "Identifiers"): NIP (tax id),
/// REGON (statistical id, 9 or 14 digits) and KRS (court register number). The check-digit helpers are public so the
/// sample data generator can build valid identifiers.
/// </summary>
public static class PolishIdentifiers
{
    private static readonly int[] NipWeights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
    private static readonly int[] Regon9Weights = [8, 9, 2, 3, 4, 5, 6, 7];
    private static readonly int[] Regon14Weights = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

    /// <summary>The NIP without the dashes and spaces people write it with ("123-456-32-18" → "1234563218").</summary>
    public static string NormalizeNip(string nip)
    {
        ArgumentNullException.ThrowIfNull(nip);
        return string.Concat(nip.Where(c => c is not ('-' or ' ')));
    }

    public static bool IsValidNip(string? nip)
    {
        if (nip is null)
        {
            return false;
        }

        var digits = NormalizeNip(nip);
        return IsDigits(digits, 10) && NipCheckDigit(digits[..9]) == digits[9] - '0';
    }

    /// <summary>The NIP check digit of the first nine digits, or null when they have none (the sum gives 10: no valid NIP starts so).</summary>
    public static int? NipCheckDigit(string firstNineDigits)
    {
        RequireDigits(firstNineDigits, 9);
        var check = WeightedSum(firstNineDigits, NipWeights) % 11;
        return check == 10 ? null : check;
    }

    public static bool IsValidRegon(string? regon)
    {
        if (regon is null)
        {
            return false;
        }

        if (IsDigits(regon, 9))
        {
            return RegonCheckDigit(regon[..8]) == regon[8] - '0';
        }

        // A 14-digit REGON (a local unit) extends the 9-digit REGON of its parent, which must be valid on its own.
        return IsDigits(regon, 14)
            && IsValidRegon(regon[..9])
            && RegonCheckDigit(regon[..13]) == regon[13] - '0';
    }

    /// <summary>The REGON check digit of the first 8 (9-digit REGON) or 13 (14-digit REGON) digits; a sum of 10 gives 0.</summary>
    public static int RegonCheckDigit(string digitsWithoutCheck)
    {
        ArgumentNullException.ThrowIfNull(digitsWithoutCheck);
        var weights = digitsWithoutCheck.Length switch
        {
            8 => Regon9Weights,
            13 => Regon14Weights,
            _ => throw new ArgumentException("A REGON check digit needs the first 8 or 13 digits.", nameof(digitsWithoutCheck)),
        };
        RequireDigits(digitsWithoutCheck, weights.Length);
        return WeightedSum(digitsWithoutCheck, weights) % 11 % 10;
    }

    /// <summary>A KRS number is exactly ten digits (leading zeros included); it has no check digit.</summary>
    public static bool IsValidKrs(string? krs) => krs is not null && IsDigits(krs, 10);

    private static int WeightedSum(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum;
    }

    private static bool IsDigits(string value, int length) => value.Length == length && value.All(char.IsAsciiDigit);

    private static void RequireDigits(string value, int length)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsDigits(value, length))
        {
            throw new ArgumentException($"Expected exactly {length} digits.", nameof(value));
        }
    }
}
