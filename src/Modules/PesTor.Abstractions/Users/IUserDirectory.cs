namespace PesTor.Users;

/// <summary>Lists of accounts for the users admin and for pages that show who did something (one query, paged).</summary>
public interface IUserDirectory
{
    /// <summary>Accounts whose login, full name or e-mail contains the text (any case), ordered by login, a page at a time.</summary>
    Task<(IReadOnlyList<PesTorUser> Users, int Total)> SearchAsync(string? text, int skip, int take, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, PesTorUser>> GetManyAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>Every role's name, ordered.</summary>
    Task<IReadOnlyList<string>> RoleNamesAsync(CancellationToken cancellationToken = default);

    /// <summary>The role names of each of the given accounts (one query).</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> RolesOfAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);
}
