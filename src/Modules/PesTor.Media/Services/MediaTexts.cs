using System.Globalization;

namespace PesTor.Media.Services;

/// <summary>The media library's words: Polish by default, English when the request's UI culture is English.</summary>
internal static class MediaTexts
{
    private static readonly Dictionary<string, (string Pl, string En)> Texts = new(StringComparer.Ordinal)
    {
        [nameof(MediaRefusal.Empty)] = ("Plik jest pusty.", "The file is empty."),
        [nameof(MediaRefusal.TooLarge)] = ("Plik „{0}” jest za duży: najwięcej {1} MB dla tego rodzaju pliku.", "The file “{0}” is too large: at most {1} MB for this kind of file."),
        [nameof(MediaRefusal.Executable)] = ("Plik „{0}” jest programem, nie obrazem ani dokumentem PDF — odrzucono go.", "The file “{0}” is a program, not an image or a PDF document, and was refused."),
        [nameof(MediaRefusal.Svg)] = ("Pliki SVG nie są przyjmowane (mogą zawierać skrypty). Wyślij obraz JPEG, PNG lub WebP.", "SVG files are not accepted (they can carry scripts). Send a JPEG, PNG or WebP image."),
        [nameof(MediaRefusal.UnknownType)] = ("Plik „{0}” nie jest obrazem JPEG, PNG, WebP ani dokumentem PDF.", "The file “{0}” is not a JPEG, PNG or WebP image nor a PDF document."),
        [nameof(MediaRefusal.NotDecodable)] = ("Obrazu „{0}” nie da się odczytać: plik jest uszkodzony albo nie jest tym, czym się wydaje.", "The image “{0}” cannot be read: the file is damaged or not what it claims to be."),
        [nameof(MediaRefusal.TooManyPixels)] = ("Obraz „{0}” ma za dużo pikseli (najwięcej {1} megapikseli).", "The image “{0}” has too many pixels (at most {1} megapixels)."),
        ["Library"] = ("Biblioteka mediów", "Media library"),
        ["NoFile"] = ("Wybierz plik do wysłania.", "Choose a file to upload."),
        ["Uploaded"] = ("Wysłano plik „{0}”.", "Uploaded “{0}”."),
        ["Deleted"] = ("Usunięto plik „{0}”.", "Deleted “{0}”."),
        ["NotFound"] = ("Nie ma takiego pliku.", "There is no such file."),
    };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Get(string key, params object[] arguments)
    {
        var (pl, en) = Texts[key];
        return string.Format(CultureInfo.CurrentCulture, IsEnglish ? en : pl, arguments);
    }

    public static string Refusal(MediaRefusal refusal, params object[] arguments) => Get(refusal.ToString(), arguments);
}
