using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace NewsFacts.Tests.Rendering;

/// <summary>
/// Debian's chromium and chromedriver (packages <c>chromium</c> and <c>chromium-driver</c>), driven by Selenium.
/// Paths can be changed with <c>NEWSFACTS_CHROMIUM</c> and <c>NEWSFACTS_CHROMEDRIVER</c>. Nothing is downloaded:
/// both binaries are named explicitly, so Selenium Manager has nothing to look up.
/// </summary>
internal static class HeadlessChromium
{
    public static string BrowserPath => Environment.GetEnvironmentVariable("NEWSFACTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string DriverPath => Environment.GetEnvironmentVariable("NEWSFACTS_CHROMEDRIVER") is { Length: > 0 } path ? path : "/usr/bin/chromedriver";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason()
    {
        var missing = new[] { BrowserPath, DriverPath }.Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0
            ? null
            : $"headless Chromium is not installed ({string.Join(", ", missing)} missing): apt-get install chromium chromium-driver";
    }

    /// <summary>Starts a headless browser with a window of the given size.</summary>
    public static ChromeDriver Start(int width = 1400, int height = 1000)
    {
        if (MissingReason() is { } reason)
        {
            // Reached only when NEWSFACTS_REQUIRE_BROWSER is set: CI must not pass without the browser tests.
            throw new InvalidOperationException(reason);
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--window-size={width},{height}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

/// <summary>
/// A test that needs headless Chromium. Skipped with the reason when it is not installed, unless
/// <c>NEWSFACTS_REQUIRE_BROWSER=1</c> (.ci/run sets it): then it runs and fails.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string RequireVariable = "NEWSFACTS_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        bool required = Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";
        if (!required && HeadlessChromium.MissingReason() is { } reason)
        {
            Skip = $"{reason}; set {RequireVariable}=1 to fail instead of skipping (.ci/run does)";
        }
    }
}
