using System.Reflection;

namespace PesTor.Modules;

/// <summary>A discovered module: its manifest, assembly and startups.</summary>
public sealed record ModuleDescriptor(ModuleAttribute Manifest, Assembly Assembly, IReadOnlyList<StartupBase> Startups)
{
    public string Id => Manifest.Id;
}
