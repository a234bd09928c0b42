namespace PesTor.Indicators.Services;

/// <summary>Messages shown to editors (the admin speaks Polish).</summary>
internal static class IndicatorTexts
{
    public const string ValueRequired = "Podaj wartość wskaźnika (liczbę).";
    public const string ValueOutOfRange = "Wartość musi być liczbą od 0 do 1 000 000 000.";
    public const string NoteRequired = "Dodaj notatkę: skąd pochodzi ta wartość (np. protokół, sprawozdanie).";
    public const string NoteTooLong = "Notatka może mieć najwyżej 1000 znaków.";
    public const string CountedIndicator = "Ten wskaźnik jest liczony automatycznie; wartości nie wpisuje się ręcznie.";
}
