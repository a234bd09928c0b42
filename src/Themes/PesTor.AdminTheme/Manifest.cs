using Microsoft.Extensions.Localization;
using PesTor.Modules;

[assembly: Module("PesTor.AdminTheme", "Admin theme",
    Description = "The admin's layout: header with the signed-in user, side navigation from every module's admin menu, accessible styles; Polish first.",
    Dependencies = ["PesTor.Users"])]

// Resources sit in Resources/ whatever the host configures for other assemblies.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("PesTor.AdminTheme")]
