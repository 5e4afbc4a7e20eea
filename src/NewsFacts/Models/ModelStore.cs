using System.Collections.Concurrent;
using NewsFacts.Entities.Tagging;
using NewsFacts.Relations;

namespace NewsFacts.Models;

/// <summary>
/// Loads the trained models: from a user directory when one is configured, else from the resources
/// embedded in this assembly (the package carries its models; nothing is downloaded). Shipped models
/// are loaded once per process and shared, since they are read-only.
/// </summary>
internal static class ModelStore
{
    public const string EntityModelFile = "ner.bin";
    public const string RelationModelFile = "relations.bin";

    private static readonly Lazy<RelationModel?> ShippedRelations = new(() =>
    {
        using var stream = OpenShipped(RelationModelFile);
        return stream is null ? null : RelationModel.Load(stream);
    });

    /// <summary>The relation model from <paramref name="directory"/> (if it has one) or the shipped one, or null.</summary>
    /// <exception cref="InvalidDataException">The model file is corrupt or truncated.</exception>
    public static RelationModel? LoadRelationModel(string? directory)
    {
        if (directory is not null)
        {
            string path = Path.Combine(directory, RelationModelFile);
            if (File.Exists(path))
            {
                using var file = File.OpenRead(path);
                return RelationModel.Load(new BufferedStream(file, 1 << 20));
            }
        }

        return ShippedRelations.Value;
    }

    private static readonly ConcurrentDictionary<string, Lazy<EntityModel?>> Shipped = new();

    /// <summary>The entity model, or null when none is shipped or found.</summary>
    /// <param name="directory">A directory with <c>ner.bin</c>, or null for the shipped model.</param>
    /// <param name="source">Opens the model to use instead of either; null to ignore.</param>
    /// <exception cref="FileNotFoundException">A model directory was given but lacks the file.</exception>
    /// <exception cref="InvalidDataException">The model file is corrupt.</exception>
    public static EntityModel? LoadEntityModel(string? directory, Func<Stream>? source = null)
    {
        if (source is not null)
        {
            using var stream = source() ?? throw new InvalidDataException("The entity model source opened no stream.");
            return EntityModel.Load(new BufferedStream(stream, 1 << 20));
        }

        if (directory is not null)
        {
            string path = Path.Combine(directory, EntityModelFile);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"No entity model '{EntityModelFile}' in '{directory}'.", path);
            }

            using var file = File.OpenRead(path);
            return EntityModel.Load(new BufferedStream(file, 1 << 20));
        }

        return Shipped.GetOrAdd(EntityModelFile, name => new Lazy<EntityModel?>(() =>
        {
            using var stream = OpenShipped(name);
            return stream is null ? null : EntityModel.Load(stream);
        })).Value;
    }

    /// <summary>Opens an embedded model, or returns null when the package ships none of that name.</summary>
    public static Stream? OpenShipped(string fileName) =>
        typeof(ModelStore).Assembly.GetManifestResourceStream("NewsFacts.Models." + fileName);
}
