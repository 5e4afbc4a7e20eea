namespace NewsFacts.Tests.Support;

/// <summary>
/// Where tests leave files for people to look at (screenshots, rendered pages): <c>NEWSFACTS_TEST_ARTIFACTS</c>
/// when set (.ci/run sets it), else <c>TestResults/artifacts</c> at the repository root.
/// </summary>
internal static class TestArtifacts
{
    public const string Variable = "NEWSFACTS_TEST_ARTIFACTS";

    public static string Directory
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable(Variable);
            string path = !string.IsNullOrWhiteSpace(configured)
                ? configured
                : Path.Combine(RepositoryRoot() ?? Path.GetTempPath(), "TestResults", "artifacts");
            System.IO.Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>The full path of an artifact file (its folder created).</summary>
    public static string File(string name) => Path.Combine(Directory, name);

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "NewsFacts.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
