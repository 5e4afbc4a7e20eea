namespace NewsFacts.Cli;

/// <summary>Turns failures into a one-line message on standard error and an exit code.</summary>
internal static class CliRunner
{
    public static async Task<int> Run(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync("newsfacts: " + e.Message).ConfigureAwait(false);
            return e.ExitCode;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync("newsfacts: " + e.Message).ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            await Console.Error.WriteLineAsync("newsfacts: " + e.Message).ConfigureAwait(false);
            return ExitCodes.DataError;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("newsfacts: cancelled").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
    }
}
