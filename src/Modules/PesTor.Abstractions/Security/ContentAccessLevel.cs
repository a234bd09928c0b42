namespace PesTor.Security;

/// <summary>How much of a type a caller may touch for one action.</summary>
public enum ContentAccessLevel
{
    None,

    /// <summary>Only items the caller owns (or is tied to).</summary>
    Own,

    All,
}
