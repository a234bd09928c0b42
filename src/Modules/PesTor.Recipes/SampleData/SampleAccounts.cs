using PesTor.Validation;
using System.Globalization;
using PesTor.Recipes.SampleData.Words;
using PesTor.Users;

namespace PesTor.Recipes.SampleData;

/// <summary>
/// Sample accounts with their role: PES representatives, city staff and residents (SPEC §1), with Polish full names, unique
/// user names of letters, digits, '-' and '_' (at least 4 characters), confirmed e-mails at example.org and fixed creation
/// times. Passwords are not set here: the step gives them all the one sample password.
/// </summary>
public static class SampleAccounts
{
    private static readonly DateTime First = new(2013, 1, 7, 9, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<(PesTorUser User, string Role)> Create(SampleDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = SampleRandom.For(options.Seed, 9);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = new (string Role, int Count)[]
        {
            (RoleNames.PesRepresentative, options.PesRepresentatives), (RoleNames.CityEditor, options.CityStaff), (RoleNames.Resident, options.Residents),
        };
        var number = 0;
        foreach (var (role, count) in groups)
        {
            for (var i = 0; i < Math.Max(0, count); i++)
            {
                number++;
                yield return (NewUser(random, used, number), role);
            }
        }
    }

    private static PesTorUser NewUser(Random random, HashSet<string> used, int number)
    {
        var female = random.Chance(0.55);
        var first = random.Pick(female ? PolishNames.FemaleFirstNames : PolishNames.MaleFirstNames);
        var surname = random.Pick(PolishNames.Surnames);
        var last = female ? surname.Feminine : surname.Masculine;
        var userName = UniqueUserName($"{Slugifier.Slugify(first)}_{Slugifier.Slugify(last)}", used);
        var email = $"{userName.Replace('_', '.')}@example.org";
        return new PesTorUser
        {
            Id = SampleItems.Id("user", number),
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            FullName = $"{first} {last}",
            CreatedUtc = First.AddHours(random.Next(0, 24 * 330)),
        };
    }

    /// <summary>"anna_nowak", then "anna_nowak2", "anna_nowak3", …</summary>
    private static string UniqueUserName(string baseName, HashSet<string> used)
    {
        var candidate = baseName;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = baseName + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
