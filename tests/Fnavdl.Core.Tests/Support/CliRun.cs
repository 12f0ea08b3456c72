using Fnavdl.Cli;

namespace Fnavdl.Core.Tests.Support;

/// <summary>The real `fnavdl` entry point, in-process, with what a person would read on the terminal.</summary>
public static class CliRun
{
    public sealed record Result(int Code, string Out, string Err)
    {
        public string All => Out + Err;
    }

    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
