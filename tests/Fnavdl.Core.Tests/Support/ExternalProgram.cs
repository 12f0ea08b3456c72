using System.Diagnostics;
using System.Text;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Runs a program the tests check our output with (Debian's Chromium, LibreOffice) and returns what it
/// printed; a program that hangs past its <c>timeout</c> fails the test instead of the run.
/// </summary>
internal static class ExternalProgram
{
    public static Task<(string Out, string Err)> RunAsync(string program, string arguments, TimeSpan timeout) =>
        RunAsync(new ProcessStartInfo(program, arguments), timeout);

    public static Task<(string Out, string Err)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout) =>
        RunAsync(new ProcessStartInfo(program, arguments), timeout);

    private static async Task<(string Out, string Err)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (await stdout, await stderr);
    }
}
