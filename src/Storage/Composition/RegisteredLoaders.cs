using Microsoft.Extensions.DependencyInjection;
using YuanlingTech.Normalization.Sources;
using YuanlingTech.Storage.Loading;

namespace YuanlingTech.Storage.Composition;

/// <summary>
/// The loaders the source registry names (<see cref="SourceDescriptor.Loaders"/>), each looked up by that name in
/// <c>src/Storage/Loading/</c> and registered as itself and as the <see cref="IRecordLoader{TRecord}"/> it implements:
/// the registry entry is a loader's only registration line.
/// </summary>
public static class RegisteredLoaders
{
    private static readonly string LoadingNamespace = typeof(IRecordLoader<>).Namespace!;
    /// <summary>Record type → loader type, one per loader the registry names.</summary>
    public static IReadOnlyDictionary<Type, Type> All => Resolved.Value;

    // Lazy, not a static initializer: a misnamed loader then fails with its own one-line message, not a TypeInitializationException.
    private static readonly Lazy<Dictionary<Type, Type>> Resolved = new(Resolve);

    internal static void AddTo(IServiceCollection services)
    {
        foreach (var (record, loader) in All)
        {
            services.AddSingleton(loader);
            services.AddSingleton(typeof(IRecordLoader<>).MakeGenericType(record), sp => sp.GetRequiredService(loader));
        }
    }

    private static Dictionary<Type, Type> Resolve()
    {
        var loaders = new Dictionary<Type, Type>();
        foreach (var source in SourceRegistry.All)
        {
            foreach (var name in source.Loaders)
            {
                var loader = typeof(IRecordLoader<>).Assembly.GetType($"{LoadingNamespace}.{name}")
                    ?? throw new InvalidOperationException($"Source {source.Id} names loader {name}, which src/Storage/Loading/ does not declare (namespace {LoadingNamespace}).");
                var record = RecordTypeOf(loader)
                    ?? throw new InvalidOperationException($"Source {source.Id} names loader {name}, which does not implement IRecordLoader<TRecord>.");
                if (!loaders.TryAdd(record, loader))
                {
                    throw new InvalidOperationException($"Source {source.Id} names loader {name} for {record.Name}, which {loaders[record].Name} already loads.");
                }
            }
        }

        return loaders;
    }

    private static Type? RecordTypeOf(Type loader) => loader.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRecordLoader<>))
        ?.GetGenericArguments()[0];
}
