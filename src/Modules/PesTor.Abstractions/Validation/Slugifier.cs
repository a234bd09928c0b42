using System.Globalization;
using System.Text;

namespace PesTor.Validation;

/// <summary>Turns a title into a URL slug: "Spółdzielnia Łączka" → "spoldzielnia-laczka".</summary>
public static class Slugifier
{
    public const int MaxLength = 100;

    public static string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // NFD splits "ą" into "a" + ogonek, but "ł" has no decomposition, so Polish letters are mapped first.
        var decomposed = Transliterate(text).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return Shorten(slug.ToString());
    }

    private static string Shorten(string slug) =>
        slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');

    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'ą' => 'a', 'Ą' => 'A',
                'ć' => 'c', 'Ć' => 'C',
                'ę' => 'e', 'Ę' => 'E',
                'ł' => 'l', 'Ł' => 'L',
                'ń' => 'n', 'Ń' => 'N',
                'ó' => 'o', 'Ó' => 'O',
                'ś' => 's', 'Ś' => 'S',
                'ź' => 'z', 'Ź' => 'Z',
                'ż' => 'z', 'Ż' => 'Z',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
