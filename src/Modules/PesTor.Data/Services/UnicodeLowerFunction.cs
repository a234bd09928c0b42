using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PesTor.Data.Services;

/// <summary>
/// <see cref="Lower"/> in LINQ lower-cases every letter on both providers: PostgreSQL's LOWER does, SQLite's built-in one
/// only knows ASCII, so on SQLite it maps to the <see cref="SqlitePragmas.UnicodeLower"/> function the connection adds.
/// </summary>
public static class UnicodeLowerFunction
{
    public static string Lower(string? value) => throw new InvalidOperationException("Only for LINQ queries translated to SQL.");

    public static void Map(ModelBuilder builder, DatabaseFacade database)
    {
        var function = builder.HasDbFunction(typeof(UnicodeLowerFunction).GetMethod(nameof(Lower))!);
        if (database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            function.HasName(SqlitePragmas.UnicodeLower);
        }
        else
        {
            function.HasName("lower").IsBuiltIn();
        }
    }
}
