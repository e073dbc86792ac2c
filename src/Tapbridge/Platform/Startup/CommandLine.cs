namespace Tapbridge.Platform.Startup;

/// <summary>
/// Tapbridge's command line: an optional command as the first word (<c>migrate</c>), then the host's own settings in
/// any standard form (<c>--urls http://…</c>, <c>--urls=http://…</c>, <c>/urls http://…</c>, <c>Key=value</c>).
/// </summary>
public static class CommandLine
{
    public static (string? Command, string[] HostArguments) Split(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > 0 && IsCommand(args[0]) ? (args[0], args[1..]) : (null, args);
    }

    private static bool IsCommand(string word) => word.Length > 0 && word[0] is not ('-' or '/') && !word.Contains('=', StringComparison.Ordinal);
}
