namespace PesTor.Setup;

public enum SiteState
{
    /// <summary>No setup yet: every page leads to the setup screen.</summary>
    Uninitialized,

    /// <summary>Setup is running: other requests get 503 with Retry-After.</summary>
    SettingUp,

    Running,
}

/// <summary>
/// The site's lifecycle and its database (implemented by the data module). The database is chosen at setup and kept in
/// the app data folder; until then no database is open.
/// </summary>
public interface ISiteShell
{
    SiteState State { get; }

    DatabaseChoice? Database { get; }

    /// <summary>Null when the database can be reached, otherwise a message for the person setting up.</summary>
    Task<string?> TestConnectionAsync(DatabaseChoice database, CancellationToken cancellationToken = default);

    /// <summary>Enters the SettingUp state with this database and brings its schema up to date. False if setup is already running.</summary>
    Task<bool> BeginSetupAsync(DatabaseChoice database, CancellationToken cancellationToken = default);

    /// <summary>Records the finished setup (so a restart finds the site) and starts serving.</summary>
    Task CompleteSetupAsync(string siteName, CancellationToken cancellationToken = default);

    /// <summary>Returns to Uninitialized after a failed setup; nothing is recorded.</summary>
    void AbortSetup();
}
