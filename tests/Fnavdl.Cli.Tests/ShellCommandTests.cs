namespace Fnavdl.Cli.Tests;

/// <summary>The lines the CLI suggests call this program the way a shell would find it: they work as printed.</summary>
public sealed class ShellCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("fnavdl-shell-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>A tool's store and its command, a symbolic link into it, as `dotnet tool install` lays them out.</summary>
    private (string Program, string Commands) InstalledTool(string folder)
    {
        var store = Directory.CreateDirectory(Path.Combine(_work, folder, ".store", "fnavdl", "1.0.0")).FullName;
        var program = Path.Combine(store, "fnavdl");
        File.WriteAllText(program, "");
        var commands = Path.Combine(_work, folder);
        File.CreateSymbolicLink(Path.Combine(commands, "fnavdl"), program);
        return (program, commands);
    }

    [Fact]
    public void The_installed_tool_first_on_the_path_is_called_by_its_name()
    {
        var (program, commands) = InstalledTool("outils");

        Assert.Equal("fnavdl", ShellCommand.Program(program, "fnavdl", $"/usr/bin:{commands}", Path.GetDirectoryName(program)!));
    }

    [Fact]
    public void A_build_run_with_no_fnavdl_on_the_path_is_called_by_its_full_path()
    {
        var program = Path.Combine(_work, "bin dossier", "fnavdl");

        Assert.Equal($"'{program}'", ShellCommand.Program(program, "fnavdl", "/usr/bin:/bin", Path.GetDirectoryName(program)!));
    }

    [Fact]
    public void Another_fnavdl_first_on_the_path_is_not_this_program()
    {
        var (older, commands) = InstalledTool("ancien");
        var (program, _) = InstalledTool("nouveau");

        Assert.NotEqual(older, program);
        Assert.Equal(program, ShellCommand.Program(program, "fnavdl", commands, Path.GetDirectoryName(program)!));
    }

    [Fact]
    public void The_dll_run_by_dotnet_is_called_the_same_way()
    {
        Assert.Equal("/usr/share/dotnet/dotnet /opt/fnavdl/fnavdl.dll", ShellCommand.Program("/usr/share/dotnet/dotnet", "fnavdl", "/usr/bin", "/opt/fnavdl"));
    }

    [Fact]
    public void Hosted_by_another_program_it_suggests_the_tool_s_name() =>
        Assert.Equal("fnavdl", ShellCommand.Program("/usr/share/dotnet/dotnet", "testhost", "/usr/bin", "/opt/x"));

    [Theory]
    [InlineData("fnavdl-demo", "fnavdl-demo")]
    [InlineData("mon stockage", "'mon stockage'")]
    [InlineData("l'équipe", "'l'\\''équipe'")]
    public void A_word_is_quoted_only_when_a_shell_would_split_or_read_it(string text, string word) =>
        Assert.Equal(word, ShellCommand.Word(text));
}
