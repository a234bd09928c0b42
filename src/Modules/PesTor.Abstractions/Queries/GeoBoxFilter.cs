namespace PesTor.Queries;

/// <summary>Items whose GeoPoint field (part + field) lies within the box, edges included; items without a point never match.</summary>
public sealed record GeoBoxFilter(string Part, string Field, GeoBox Box) : ContentFilter;
