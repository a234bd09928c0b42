namespace PesTor.Setup;

/// <summary>What the setup screen (or auto-setup) asks for.</summary>
public sealed record SetupRequest
{
    public string SiteName { get; init; } = "";

    public string AdminUserName { get; init; } = "";

    public string AdminEmail { get; init; } = "";

    public string AdminPassword { get; init; } = "";

    /// <summary>The password typed a second time; null skips the check (auto-setup has no second field).</summary>
    public string? PasswordConfirmation { get; init; }

    public string DatabaseProvider { get; init; } = DatabaseChoice.Sqlite;

    public string? ConnectionString { get; init; }

    /// <summary>A setup recipe's name; null sets up an empty site (used by tests that bring their own model).</summary>
    public string? RecipeName { get; init; }

    public bool SampleData { get; init; }
}

/// <summary>The outcome: errors keyed by the request's property name ("" for the form as a whole).</summary>
public sealed class SetupResult
{
    public Dictionary<string, List<string>> Errors { get; } = [];

    public bool Succeeded => Errors.Count == 0;

    public SetupResult Fail(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var messages))
        {
            messages = [];
            Errors[field] = messages;
        }

        messages.Add(message);
        return this;
    }
}

public interface ISetupService
{
    /// <summary>Sets the site up, or returns field errors. A failed setup leaves the site un-set-up, with nothing kept.</summary>
    Task<SetupResult> SetupAsync(SetupRequest request, CancellationToken cancellationToken = default);
}
