namespace PesTor.Data;

/// <summary>
/// The database stayed held by another writer for longer than a write may wait (SQLite has one writer at a time, and a
/// long import holds it). Nothing was changed; background loops skip their pass and look again at the next one.
/// </summary>
public sealed class StoreBusyException(string message, Exception inner) : Exception(message, inner);
