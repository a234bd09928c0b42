using System.Globalization;

namespace PesTor.Recipes.Setup;

/// <summary>
/// The setup screen's words in Polish (default) and English. Setup runs before the site exists, so its texts live with it
/// rather than in the localization the site gets later.
/// </summary>
internal sealed class SetupTexts
{
    private static readonly Dictionary<string, (string Pl, string En)> Texts = new()
    {
        ["Title"] = ("Konfiguracja platformy PES-TOR", "PES-TOR setup"),
        ["Intro"] = ("Podaj nazwę serwisu, dane administratora i bazę danych. Po zapisaniu serwis zostanie utworzony z wybranego przepisu.", "Give the site's name, the administrator's account and the database. The site is then created from the chosen recipe."),
        ["SiteSection"] = ("Serwis", "Site"),
        ["SiteName"] = ("Nazwa serwisu", "Site name"),
        ["Recipe"] = ("Przepis (zawartość startowa)", "Recipe (starting content)"),
        ["SampleData"] = ("Dodaj przykładowe dane (podmioty, oferty, lokale, konta) – oznaczone jako przykładowe", "Add sample data (entities, offers, premises, accounts), marked as samples"),
        ["AdminSection"] = ("Administrator", "Administrator"),
        ["AdminUserName"] = ("Login", "User name"),
        ["AdminUserNameHint"] = ("Co najmniej 4 znaki: litery, cyfry, - i _.", "At least 4 characters: letters, digits, - and _."),
        ["AdminEmail"] = ("Adres e-mail", "E-mail address"),
        ["AdminPassword"] = ("Hasło", "Password"),
        ["PasswordConfirmation"] = ("Powtórz hasło", "Repeat the password"),
        ["DatabaseSection"] = ("Baza danych", "Database"),
        ["DatabaseProvider"] = ("Rodzaj bazy", "Database"),
        ["Sqlite"] = ("SQLite (wbudowana, plik w folderze danych)", "SQLite (embedded, a file in the data folder)"),
        ["Postgres"] = ("PostgreSQL", "PostgreSQL"),
        ["ConnectionString"] = ("Parametry połączenia PostgreSQL", "PostgreSQL connection string"),
        ["ConnectionStringHint"] = ("Np. Host=localhost;Database=pestor;Username=pestor;Password=…", "E.g. Host=localhost;Database=pestor;Username=pestor;Password=…"),
        ["Submit"] = ("Utwórz serwis", "Create the site"),
        ["ErrorSummary"] = ("Popraw zaznaczone pola:", "Please correct the marked fields:"),
        ["Language"] = ("English", "Polski"),
        ["SiteNameRequired"] = ("Podaj nazwę serwisu.", "Enter the site's name."),
        ["SiteNameTooLong"] = ("Nazwa serwisu może mieć najwyżej 100 znaków.", "The site's name may have at most 100 characters."),
        ["UserNameRule"] = ("Login musi mieć co najmniej 4 znaki i składać się z liter, cyfr, - i _.", "The user name needs at least 4 characters: letters, digits, - and _."),
        ["EmailInvalid"] = ("Podaj poprawny adres e-mail, np. admin@torun.pl.", "Enter a valid e-mail address, e.g. admin@torun.pl."),
        ["PasswordLength"] = ("Hasło musi mieć co najmniej {0} znaków.", "The password needs at least {0} characters."),
        ["PasswordDigit"] = ("Hasło musi zawierać cyfrę.", "The password needs a digit."),
        ["PasswordLower"] = ("Hasło musi zawierać małą literę.", "The password needs a lower-case letter."),
        ["PasswordUpper"] = ("Hasło musi zawierać wielką literę.", "The password needs an upper-case letter."),
        ["PasswordSymbol"] = ("Hasło musi zawierać znak inny niż litera i cyfra.", "The password needs a character that is not a letter or digit."),
        ["PasswordsDiffer"] = ("Hasła się różnią.", "The passwords differ."),
        ["DatabaseUnknown"] = ("Wybierz SQLite albo PostgreSQL.", "Choose SQLite or PostgreSQL."),
        ["RecipeRequired"] = ("Wybierz przepis.", "Choose a recipe."),
        ["RecipeUnknown"] = ("Nie ma takiego przepisu.", "There is no such recipe."),
        ["AlreadySetUp"] = ("Serwis jest już skonfigurowany albo konfiguracja właśnie trwa.", "The site is already set up, or setup is running."),
        ["SetupFailed"] = ("Konfiguracja nie powiodła się i niczego nie zapisano: {0}", "Setup failed and nothing was kept: {0}"),
        ["SettingUp"] = ("Trwa konfiguracja serwisu. Spróbuj ponownie za chwilę.", "The site is being set up. Try again in a moment."),
        ["NotSetUp"] = ("Serwis nie jest jeszcze skonfigurowany.", "The site is not set up yet."),
    };

    private readonly bool _english;

    public SetupTexts(CultureInfo culture) => _english = culture.TwoLetterISOLanguageName == "en";

    public string Language => _english ? "en" : "pl";

    public string this[string key] => _english ? Texts[key].En : Texts[key].Pl;

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);
}
