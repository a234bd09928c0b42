namespace PesTor.Admin.Services;

/// <summary>What the content list can do to several items at once.</summary>
public enum BulkAction
{
    Publish,
    Unpublish,
    Delete,
}
