using System.Text.RegularExpressions;
using PesTor.Recipes.SampleData;
using PesTor.Users;

namespace PesTor.Tests.Unit.SampleData;

public sealed partial class SampleAccountsTests
{
    private static readonly IReadOnlyList<(PesTorUser User, string Role)> Accounts = SampleAccounts.Create(new SampleDataOptions()).ToList();

    [Fact]
    public void Counts_per_role_are_the_original_platforms()
    {
        var counts = Accounts.GroupBy(a => a.Role).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(76, counts[RoleNames.PesRepresentative]);
        Assert.Equal(6, counts[RoleNames.CityEditor]);
        Assert.Equal(47, counts[RoleNames.Resident]);
        Assert.Equal(3, counts.Count);
    }

    [Fact]
    public void User_names_and_emails_are_unique_and_valid()
    {
        Assert.Equal(Accounts.Count, Accounts.Select(a => a.User.UserName!.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(Accounts.Count, Accounts.Select(a => a.User.Email!.ToUpperInvariant()).Distinct().Count());
        Assert.All(Accounts, a =>
        {
            Assert.Matches(UserName(), a.User.UserName!);
            Assert.EndsWith("@example.org", a.User.Email, StringComparison.Ordinal);
            Assert.True(a.User.EmailConfirmed);
            Assert.Contains(" ", a.User.FullName, StringComparison.Ordinal);
            Assert.Equal(2013, a.User.CreatedUtc.Year);
            Assert.Equal(DateTimeKind.Utc, a.User.CreatedUtc.Kind);
            Assert.Null(a.User.PasswordHash);
        });
    }

    [Fact]
    public void The_same_seed_gives_the_same_accounts()
    {
        var again = SampleAccounts.Create(new SampleDataOptions()).Select(a => (a.User.Id, a.User.UserName, a.User.FullName, a.User.CreatedUtc, a.Role));
        var other = SampleAccounts.Create(new SampleDataOptions { Seed = 7 }).Select(a => a.User.UserName);

        Assert.Equal(Accounts.Select(a => (a.User.Id, a.User.UserName, a.User.FullName, a.User.CreatedUtc, a.Role)), again);
        Assert.NotEqual(Accounts.Select(a => a.User.UserName), other);
    }

    [GeneratedRegex(@"\A[A-Za-z0-9_-]{4,}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UserName();
}
