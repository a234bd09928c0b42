namespace PesTor.Users;

/// <summary>
/// How many accounts the site has, by account type (the roles <see cref="RoleNames.PesRepresentative"/>,
/// <see cref="RoleNames.CityEditor"/>, <see cref="RoleNames.Resident"/>, ...). Counts only: no account is read, so the
/// public home page can show them without seeing anyone's data.
/// </summary>
public interface IAccountStatistics
{
    /// <summary>Accounts per role name; a role nobody holds is absent.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByRoleAsync(CancellationToken cancellationToken = default);
}
