using PesTor.Modules;

[assembly: Module("PesTor.Media", "Media",
    Description = "The media library: uploads checked by their content, image variants made with SkiaSharp, files served with their type and cache headers, the admin page and the picker.",
    Dependencies = ["PesTor.Data", "PesTor.Users"])]
