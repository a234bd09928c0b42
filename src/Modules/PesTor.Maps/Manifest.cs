using PesTor.Modules;

[assembly: Module("PesTor.Maps", "Maps",
    Description = "The maps of entities, support and premises: GeoJSON layers, the map page and Leaflet from npm.",
    Dependencies = ["PesTor.Contents"])]
