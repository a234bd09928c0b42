using System.Globalization;
using System.Text;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// The slug of a title, the same as PesTor.Contents' Slugifier makes ("Spółdzielnia Łączka" → "spoldzielnia-laczka"), so
/// that generated paths look like the ones editors get. Copied rather than referenced: this module does not depend on
/// PesTor.Contents; a unit test checks both agree on every generated title.
/// </summary>
internal static class SampleSlug
{
    public const int MaxLength = 100;

    public static string Slugify(string text)
    {
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

        var result = slug.ToString();
        return result.Length <= MaxLength ? result : result[..MaxLength].TrimEnd('-');
    }

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
