namespace PesTor.Queries;

/// <summary>Columns of the version row that can be filtered and ordered on.</summary>
public enum ContentColumn
{
    ContentItemId,
    ContentItemVersionId,
    ContentType,
    DisplayText,
    Owner,
    Author,
    CreatedUtc,
    ModifiedUtc,
    PublishedUtc,
    Published,
    Latest,
}
