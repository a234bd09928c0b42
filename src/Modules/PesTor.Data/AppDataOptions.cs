namespace PesTor.Data;

/// <summary>Bound from <c>PesTor:AppData</c>: the folder for the SQLite file, media and local indexes.</summary>
public sealed class AppDataOptions
{
    public string Path { get; set; } = "App_Data";
}
