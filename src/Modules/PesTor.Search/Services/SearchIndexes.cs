using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PesTor.Search.Models;

namespace PesTor.Search.Services;

/// <summary>This node's two indexes, opened on first use under <c>{AppData}/search</c> and closed with the application.</summary>
internal sealed class SearchIndexes(IConfiguration configuration, IHostEnvironment environment, IOptions<SearchOptions> options) : IDisposable
{
    private readonly Lock _lock = new();
    private LuceneIndex? _public;
    private LuceneIndex? _editors;

    public PolishAnalyzer Analyzer { get; } = new();

    public string Folder { get; } = Path.GetFullPath(
        string.IsNullOrEmpty(options.Value.Folder)
            ? Path.Combine(configuration["PesTor:AppData"] ?? "App_Data", "search")
            : options.Value.Folder,
        environment.ContentRootPath);

    public LuceneIndex Get(SearchIndexName name)
    {
        lock (_lock)
        {
            return name == SearchIndexName.Public
                ? _public ??= new LuceneIndex(Path.Combine(Folder, "public"), Analyzer)
                : _editors ??= new LuceneIndex(Path.Combine(Folder, "editors"), Analyzer);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _public?.Dispose();
            _editors?.Dispose();
            Analyzer.Dispose();
        }
    }
}
