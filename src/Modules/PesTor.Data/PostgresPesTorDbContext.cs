using Microsoft.EntityFrameworkCore;

namespace PesTor.Data;

public sealed class PostgresPesTorDbContext(DbContextOptions<PostgresPesTorDbContext> options) : PesTorDbContext(options);
