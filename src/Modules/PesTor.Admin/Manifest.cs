using Microsoft.Extensions.Localization;
using PesTor.Modules;

[assembly: Module("PesTor.Admin", "Admin",
    Description = "The admin under /admin: dashboard, content lists and editors built from the definitions, versions and audit.",
    Dependencies = ["PesTor.Contents", "PesTor.Users", "PesTor.AdminTheme"])]

// Resources sit in Resources/ whatever the host configures for other assemblies.
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("PesTor.Admin")]
