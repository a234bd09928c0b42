using PesTor.Validation;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// Unique, valid Polish registry numbers (domain notes, "Identifiers"), with check digits from
/// <see cref="PolishIdentifiers"/>, the same code that validates them.
/// </summary>
internal sealed class SampleIdentifiers(Random random)
{
    // NIP: the first three digits name the tax office; 879 and 956 are Toruń's, the others (used only for very large
    // benchmark sets, so that numbers stay unique without endless redraws) are other offices of the region.
    private static readonly string[] TaxOffices = ["879", "956", "554", "953", "967", "875", "888", "891"];

    // REGON: the first two digits name the voivodeship's statistical office (87 older numbers, 34 newer ones); more
    // prefixes only for very large benchmark sets.
    private static readonly string[] RegonOffices = ["87", "34", "09", "36", "04", "81", "93", "38"];

    // Each prefix gives 10^6 numbers; a new prefix joins before the pool is half used, so a draw rarely repeats.
    private const int PerPrefix = 500_000;

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _nips;
    private int _regons;
    private int _krs;

    /// <summary>10 digits; weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the check digit, and a sum giving 10 is drawn again.</summary>
    public string Nip()
    {
        while (true)
        {
            var body = TaxOffices[random.Next(Pool(_nips, TaxOffices.Length))] + random.Digits(6);
            if (PolishIdentifiers.NipCheckDigit(body) is { } check && _used.Add("nip" + body))
            {
                _nips++;
                return body + (char)('0' + check);
            }
        }
    }

    /// <summary>9 digits; weights 8,9,2,3,4,5,6,7, sum mod 11 is the check digit, 10 counting as 0.</summary>
    public string Regon()
    {
        while (true)
        {
            var body = RegonOffices[random.Next(Pool(_regons, RegonOffices.Length))] + random.Digits(6);
            if (_used.Add("regon" + body))
            {
                _regons++;
                return body + (char)('0' + PolishIdentifiers.RegonCheckDigit(body));
            }
        }
    }

    /// <summary>10 digits with leading zeros, no check digit; the register had about 470 000 entries in 2013.</summary>
    public string Krs()
    {
        while (true)
        {
            var top = _krs < 200_000 ? 470_000 : 1_000_000 * Pool(_krs, 2_000);
            var krs = random.Next(1_000, top).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            if (_used.Add("krs" + krs))
            {
                _krs++;
                return krs;
            }
        }
    }

    private static int Pool(int used, int available) => Math.Min(available, 2 + (used / PerPrefix));
}
