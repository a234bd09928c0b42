using System.Security.Claims;

namespace PesTor.Security;

/// <summary>
/// Who is calling: the signed-in user of the current request, or the system while <see cref="BeginSystemScope"/> is open
/// (recipes, background work). Service-layer checks read it, so no surface can forget to pass it.
/// </summary>
public interface ICallerAccessor
{
    ClaimsPrincipal Caller { get; }

    bool IsSystem { get; }

    /// <summary>Runs what follows (on this async flow) as the system, which may do anything; dispose to end it.</summary>
    IDisposable BeginSystemScope();

    /// <summary>True inside <see cref="BeginImportScope"/>: content events carry IsImporting so side effects can hold back.</summary>
    bool IsImporting { get; }

    /// <summary>Runs what follows as the system, importing (recipes); dispose to end it.</summary>
    IDisposable BeginImportScope();
}
