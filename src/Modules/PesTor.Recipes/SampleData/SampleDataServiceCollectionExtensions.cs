using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PesTor.Recipes.SampleData;

public static class SampleDataServiceCollectionExtensions
{
    /// <summary>The sample data generator and the <c>SampleData</c> recipe step (recipe <c>pestor-sample-data</c>).</summary>
    public static IServiceCollection AddSampleData(this IServiceCollection services)
    {
        services.TryAddSingleton<SampleDataGenerator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, SampleDataStep>());
        return services;
    }
}
