using PesTor.Modules;

[assembly: Module("PesTor.Recipes", "Recipes",
    Description = "Recipes (Orchard's format) and their steps, the setup screen, auto-setup, and export of a site as a recipe.",
    Dependencies = ["PesTor.Data", "PesTor.Contents", "PesTor.Users"])]
