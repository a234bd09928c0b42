namespace PesTor.Media;

public static class MediaPermissions
{
    /// <summary>Upload and delete files of the media library (reading them is public: they are linked from public items).</summary>
    public const string ManageMedia = "ManageMedia";
}
