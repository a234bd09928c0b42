using Microsoft.EntityFrameworkCore;

namespace PesTor.Data;

public sealed class SqlitePesTorDbContext(DbContextOptions<SqlitePesTorDbContext> options) : PesTorDbContext(options);
