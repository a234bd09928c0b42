using System.Reflection;

namespace PesTor.Modules;

/// <summary>
/// Finds the module assemblies shipped with the application (PesTor.*.dll beside it carrying <see cref="ModuleAttribute"/>)
/// and orders them so that every module comes after the modules it depends on.
/// </summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<ModuleDescriptor> Discover(string directory)
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var path in Directory.EnumerateFiles(directory, "PesTor.*.dll").Order(StringComparer.Ordinal))
        {
            var assembly = Assembly.Load(AssemblyName.GetAssemblyName(path));
            if (assembly.GetCustomAttribute<ModuleAttribute>() is { } manifest)
            {
                modules.Add(new ModuleDescriptor(manifest, assembly, CreateStartups(assembly)));
            }
        }

        return Order(modules);
    }

    /// <summary>Dependencies first; modules at the same depth by id, so the order is the same on every machine.</summary>
    public static IReadOnlyList<ModuleDescriptor> Order(IReadOnlyList<ModuleDescriptor> modules)
    {
        var byId = modules.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var ordered = new List<ModuleDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done

        void Visit(ModuleDescriptor module, string path)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Modules depend on each other in a cycle: {path} -> {module.Id}.");
                }

                return;
            }

            state[module.Id] = false;
            foreach (var dependency in module.Manifest.Dependencies.Order(StringComparer.Ordinal))
            {
                if (!byId.TryGetValue(dependency, out var required))
                {
                    throw new InvalidOperationException($"Module '{module.Id}' depends on '{dependency}', which is not present.");
                }

                Visit(required, path + " -> " + module.Id);
            }

            state[module.Id] = true;
            ordered.Add(module);
        }

        foreach (var module in modules.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module, module.Id);
        }

        return ordered;
    }

    private static List<StartupBase> CreateStartups(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => typeof(StartupBase).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true })
            .Select(t => (StartupBase)Activator.CreateInstance(t)!)
            .OrderBy(s => s.Order)];
}
