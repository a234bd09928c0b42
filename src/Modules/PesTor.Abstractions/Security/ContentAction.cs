namespace PesTor.Security;

/// <summary>What a caller wants to do with content; each maps to Orchard's permission names.</summary>
public enum ContentAction
{
    View,
    Edit,
    Publish,
    Delete,
}
