using System.Reflection;
using PesTor.Modules;

namespace PesTor.Tests.Unit.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Modules_come_after_the_modules_they_depend_on()
    {
        var ordered = ModuleCatalog.Order([Module("C", "B"), Module("B", "A"), Module("A")]);
        Assert.Equal(["A", "B", "C"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void Independent_modules_are_ordered_by_id_so_every_machine_agrees()
    {
        var ordered = ModuleCatalog.Order([Module("Zeta"), Module("Alpha"), Module("Mu")]);
        Assert.Equal(["Alpha", "Mu", "Zeta"], ordered.Select(m => m.Id));
    }

    [Fact]
    public void A_dependency_cycle_is_reported_with_its_path()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleCatalog.Order([Module("A", "B"), Module("B", "A")]));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dependency_is_reported_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleCatalog.Order([Module("A", "Ghost")]));
        Assert.Contains("'Ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_modules_are_discovered_with_their_startups_and_data_comes_before_contents()
    {
        var modules = ModuleCatalog.Discover(AppContext.BaseDirectory);
        var ids = modules.Select(m => m.Id).ToList();
        Assert.Contains("PesTor.Data", ids);
        Assert.Contains("PesTor.Contents", ids);
        Assert.True(ids.IndexOf("PesTor.Data") < ids.IndexOf("PesTor.Contents"));
        Assert.NotEmpty(modules.Single(m => m.Id == "PesTor.Data").Startups);
        Assert.NotEmpty(modules.Single(m => m.Id == "PesTor.Contents").Startups);
    }

    private static ModuleDescriptor Module(string id, params string[] dependencies) =>
        new(new ModuleAttribute(id, id) { Dependencies = dependencies }, Assembly.GetExecutingAssembly(), []);
}
