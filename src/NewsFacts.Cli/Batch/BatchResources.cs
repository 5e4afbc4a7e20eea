using NewsFacts.Contextual;
using NewsFacts.Entities;

namespace NewsFacts.Cli.Batch;

/// <summary>Loads what a run needs besides its inputs: the extractor with its models and gazetteer, and the --ids list.</summary>
internal static class BatchResources
{
    /// <summary>Creates the extractor for the settings (loads the models).</summary>
    public static NewsFactsExtractor CreateExtractor(BatchSettings settings)
    {
        var options = new NewsFactsOptions
        {
            MinimumFactConfidence = settings.MinConfidence,
            MaxDegreeOfParallelism = settings.Threads,
            MaxTextLength = settings.Reader.MaxChars,
            ModelDirectory = settings.Models,
            Gazetteer = settings.GazetteerFile is null ? new EntityGazetteer() : ReadGazetteer(settings.GazetteerFile),
        };
        if (settings.Accurate)
        {
            options.UseContextualEntities();
        }

        return NewsFactsExtractor.Create(options);
    }

    /// <summary>The ids listed in a file, one per line (blank lines ignored, spaces trimmed).</summary>
    /// <exception cref="CliException">Exit 2: the file does not exist.</exception>
    public static HashSet<string> ReadIds(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.InputError, $"Ids file not found: '{path}'.");
        }

        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    private static EntityGazetteer ReadGazetteer(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.InputError, $"Gazetteer not found: '{path}'.");
        }

        try
        {
            return EntityGazetteer.Parse(File.ReadLines(path));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new CliException(ExitCodes.DataError, $"{path}: {e.Message}");
        }
    }
}
