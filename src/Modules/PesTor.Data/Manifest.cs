using PesTor.Modules;

[assembly: Module("PesTor.Data", "Data",
    Description = "The database: SQLite or PostgreSQL, migrations, content versions and field index tables, the outbox, Identity's stores.")]
