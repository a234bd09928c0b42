namespace PesTor.Users.Services;

/// <summary>
/// The three account types of the original platform, chosen at registration and kept as a user claim. A PES
/// representative and a resident get their role at once; city staff get the CityEditor role only when an administrator
/// grants it (nobody can make themselves an editor by registering).
/// </summary>
public static class AccountTypes
{
    public const string ClaimType = "pestor:account-type";

    public const string PesRepresentative = "pes";
    public const string CityStaff = "city";
    public const string Resident = "resident";

    public static IReadOnlyList<string> All { get; } = [PesRepresentative, CityStaff, Resident];

    /// <summary>The role a new account of this type gets, or null when an administrator decides.</summary>
    public static string? RoleFor(string accountType) => accountType switch
    {
        PesRepresentative => RoleNames.PesRepresentative,
        Resident => RoleNames.Resident,
        _ => null,
    };

    /// <summary>The Polish name (a localizer key).</summary>
    public static string DisplayName(string? accountType) => accountType switch
    {
        PesRepresentative => "Przedstawiciel podmiotu ekonomii społecznej",
        CityStaff => "Pracownik administracji lokalnej",
        Resident => "Osoba fizyczna (mieszkaniec, przedsiębiorca, pracownik firmy)",
        _ => "Nieokreślony",
    };
}
