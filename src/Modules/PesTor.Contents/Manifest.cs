using PesTor.Modules;

[assembly: Module("PesTor.Contents", "Contents",
    Description = "Content manager, definitions, field kinds and parts, the one content query, per-type permissions and the content API.",
    Dependencies = ["PesTor.Data"])]
