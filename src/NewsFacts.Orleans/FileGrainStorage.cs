using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace NewsFacts.Orleans;

/// <summary>
/// Grain state as JSON files in a directory that every silo sees (a shared file system, like the inputs and
/// outputs), each written to a temporary file and renamed. It outlives any silo, unlike memory storage.
/// </summary>
internal sealed class FileGrainStorage(string directory) : IGrainStorage
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private string PathOf(string stateName, GrainId grainId)
    {
        string key = $"{stateName}/{grainId}";
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant();
        return Path.Combine(directory, stateName + "-" + hash + ".json");
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        string path = PathOf(stateName, grainId);
        if (!File.Exists(path))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.RecordExists = false;
            grainState.ETag = null;
            return;
        }

        await using var stream = File.OpenRead(path);
        grainState.State = (await JsonSerializer.DeserializeAsync<T>(stream, Json))!;
        grainState.RecordExists = true;
        grainState.ETag = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Directory.CreateDirectory(directory);
        string path = PathOf(stateName, grainId);
        string temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            await JsonSerializer.SerializeAsync(stream, grainState.State, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        grainState.RecordExists = true;
        grainState.ETag = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.RecordExists = false;
        grainState.ETag = null;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }
}
