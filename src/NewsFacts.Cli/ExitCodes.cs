namespace NewsFacts.Cli;

/// <summary>The process exit codes of the newsfacts command.</summary>
internal static class ExitCodes
{
    /// <summary>The run completed (error records for bad documents included).</summary>
    public const int Success = 0;
    /// <summary>Wrong usage: unknown command or option, bad argument value.</summary>
    public const int Usage = 1;
    /// <summary>An input file or directory is missing or cannot be read.</summary>
    public const int InputError = 2;
    /// <summary>The output cannot be written.</summary>
    public const int OutputError = 3;
    /// <summary>A model or data file (or a checkpoint manifest) is invalid.</summary>
    public const int DataError = 4;
    /// <summary>With --fail-on-error: the run stopped at the first error record (which was written).</summary>
    public const int DocumentFailed = 5;
    /// <summary>The run was interrupted (Ctrl+C, SIGTERM); a checkpointed run can be resumed.</summary>
    public const int Interrupted = 130;
}

/// <summary>A failure that ends the command with a message and an exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
