using PesTor.Modules;

[assembly: Module("PesTor.GraphQL", "GraphQL",
    Description = "A GraphQL schema built from the content definitions, served at /api/graphql; every list goes through the content query.",
    Dependencies = ["PesTor.Contents", "PesTor.Users"])]
