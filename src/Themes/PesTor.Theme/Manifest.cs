using PesTor.Modules;

[assembly: Module("PesTor.Theme", "Public theme",
    Description = "The public site's layout and pages, Polish first.",
    Dependencies = ["PesTor.Contents"])]
