using PesTor.Modules;

[assembly: Module("PesTor.Search", "Search",
    Description = "Full-text search with Lucene.Net: a public and an editors' index per node fed from the outbox, Polish-aware analysis, the search page, suggestions and the index status page.",
    Dependencies = ["PesTor.Contents", "PesTor.Theme"])]
