namespace Fnavdl.Cli;

/// <summary>
/// How a printed command line calls this program again, so the lines the CLI suggests (the demo's « next
/// commands ») work when typed as printed: <c>fnavdl</c> when that name on the <c>PATH</c> is this very
/// program (the .NET tool the README installs), else the path it runs from (<c>dotnet run</c>, a bin
/// folder, an older <c>fnavdl</c> first on the <c>PATH</c>).
/// </summary>
public static class ShellCommand
{
    public const string ToolName = "fnavdl";

    /// <summary>The program as the current process can be called from a shell.</summary>
    public static string Program() => Program(Environment.ProcessPath, System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name,
        Environment.GetEnvironmentVariable("PATH"), AppContext.BaseDirectory);

    /// <param name="processPath">The running executable: the apphost <c>fnavdl</c>, or <c>dotnet</c> running <c>fnavdl.dll</c>.</param>
    /// <param name="entryAssembly">The entry assembly's name (<c>fnavdl</c>, or a test host's).</param>
    /// <param name="pathVariable">The <c>PATH</c> a shell would search.</param>
    /// <param name="baseDirectory">Where <c>fnavdl.dll</c> is.</param>
    public static string Program(string? processPath, string? entryAssembly, string? pathVariable, string baseDirectory)
    {
        if (processPath is null || entryAssembly != ToolName) return ToolName;
        var self = Resolved(processPath);
        if (!string.Equals(Path.GetFileNameWithoutExtension(processPath), ToolName, StringComparison.Ordinal))
            return $"{Word(processPath)} {Word(Path.Combine(baseDirectory, ToolName + ".dll"))}"; // dotnet fnavdl.dll
        foreach (var folder in (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? ToolName + ".exe" : ToolName);
            // The shell runs the first one it finds: only when that is this program is the short name right.
            if (File.Exists(candidate)) return string.Equals(Resolved(candidate), self, StringComparison.Ordinal) ? ToolName : Word(self);
        }
        return Word(self);
    }

    /// <summary>One shell word: as it is when it holds nothing a shell reads specially, else in single quotes.</summary>
    public static string Word(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && !text.Any(c => char.IsWhiteSpace(c) || "'\"$`\\;&|<>()*?!#~{}[]".Contains(c, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    // The tool's command is a symbolic link into the tool store; the process runs the link's target.
    private static string Resolved(string path)
    {
        try
        {
            return Path.GetFullPath(new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }
}
