using PesTor.Modules;

[assembly: Module("PesTor.Widgets", "Widgets",
    Description = "Zones in the theme's layout and the widget items placed in them by rules (always, home page, path prefix) in order.",
    Dependencies = ["PesTor.Contents"])]
