namespace PesTor.Security;

/// <summary>The caller may not do this to this item. Surfaces turn it into 403 (or 404 for reads).</summary>
public sealed class ContentAccessDeniedException(string message) : Exception(message);
