namespace PesTor.Modules;

/// <summary>
/// The manifest of a module: put <c>[assembly: Module(...)]</c> in the module's <c>Manifest.cs</c>.
/// The host discovers every referenced assembly that carries it and orders modules by <see cref="Dependencies"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public ModuleAttribute(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; }

    public string Name { get; }

    public string Description { get; set; } = "";

    /// <summary>Ids of the modules whose services and endpoints must be registered before this one.</summary>
    public string[] Dependencies { get; set; } = [];
}
