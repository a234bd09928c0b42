using System.Globalization;

namespace PesTor.Bench.Data;

/// <summary>
/// Any number of entities from the shared dataset: the first pass is the dataset as it is, every further pass repeats it
/// with " #2", " #3", ... on the name and "-2", "-3", ... on the slug, so names, slugs and paths stay unique while the
/// distribution of legal forms, cities and name words (and so each scenario's selectivity) stays the same.
/// </summary>
internal static class SyntheticEntities
{
    public static IEnumerable<DatasetEntity> Take(IReadOnlyList<DatasetEntity> dataset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var source = dataset[i % dataset.Count];
            var pass = (i / dataset.Count) + 1;
            yield return pass == 1
                ? source
                : source with
                {
                    Name = string.Create(CultureInfo.InvariantCulture, $"{source.Name} #{pass}"),
                    Slug = string.Create(CultureInfo.InvariantCulture, $"{source.Slug}-{pass}"),
                };
        }
    }
}
