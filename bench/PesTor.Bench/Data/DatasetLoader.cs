using System.Text.Json;

namespace PesTor.Bench.Data;

/// <summary>Reads the shared dataset the peer platforms were measured on.</summary>
internal static class DatasetLoader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<DatasetEntity>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The shared dataset was not found at '{path}'; pass --dataset or set PESTOR_BENCH_DATASET.", path);
        }

        await using var stream = File.OpenRead(path);
        var entities = await JsonSerializer.DeserializeAsync<List<DatasetEntity>>(stream, Options, cancellationToken)
            ?? throw new InvalidDataException($"'{path}' holds no JSON array.");
        if (entities.Count == 0)
        {
            throw new InvalidDataException($"'{path}' holds no entities.");
        }

        return entities;
    }
}
