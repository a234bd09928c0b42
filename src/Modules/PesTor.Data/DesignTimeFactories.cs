using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PesTor.Data;

// Used only by `dotnet ef migrations add` to build each provider's model; the connection strings are never opened.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePesTorDbContext>
{
    public SqlitePesTorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePesTorDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPesTorDbContext>
{
    public PostgresPesTorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPesTorDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
