using System.Diagnostics;
using System.Runtime.Versioning;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Machine;

/// <summary>
/// The scripts that install the tests' Debian packages (test.sh runs them on a fresh machine), run by
/// /bin/sh with stubs of id, dpkg-query, sudo and apt-get alone on PATH: each stub writes down how it
/// was called, apt-get with the DEBIAN_FRONTEND it received and whether it came through sudo. The stub
/// sudo resets the environment as the real one does (env_reset), so a variable set before sudo is lost.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class InstallScriptTests : IDisposable
{
    private const string Root = "0";
    private const string User = "1000";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("fnavdl-install-");
    private string Bin => Path.Combine(_dir.FullName, "bin");
    private string Installed => Path.Combine(_dir.FullName, "installed");
    private string Log => Path.Combine(_dir.FullName, "calls.log");

    public InstallScriptTests()
    {
        Directory.CreateDirectory(Bin);
        Directory.CreateDirectory(Installed);
        Stub("id", """echo "$FAKE_UID" """);
        Stub("dpkg-query", """
            for package; do :; done
            [ -e "$FAKE_STATE/$package" ] || { echo "dpkg-query: no packages found matching $package" >&2; exit 1; }
            case "$2" in *Status*) printf installed ;; *) printf 1.0-test ;; esac
            """);
        Stub("apt-get", """
            echo "apt-get DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-} via=${FAKE_VIA:-direct} $*" >> "$FAKE_LOG"
            [ -z "${FAKE_APT_FAILS:-}" ] || exit 100
            if [ "$1" = install ] && [ -z "${FAKE_APT_INSTALLS_NOTHING:-}" ]; then
              for argument; do case "$argument" in install|-*) ;; *) : > "$FAKE_STATE/$argument" ;; esac; done
            fi
            """);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string, string> Scripts => new()
    {
        { "install-browser.sh", "chromium" },
        { "install-libreoffice.sh", "libreoffice-calc-nogui" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task As_root_a_missing_package_is_installed_after_an_update_non_interactively_and_without_sudo(string script, string package)
    {
        WithSudo();

        var run = await RunAsync(script, Root);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            [
                "apt-get DEBIAN_FRONTEND=noninteractive via=direct update",
                $"apt-get DEBIAN_FRONTEND=noninteractive via=direct install -y --no-install-recommends {package}",
            ],
            Calls());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Not_root_the_update_and_install_go_through_sudo_and_stay_non_interactive(string script, string package)
    {
        WithSudo();

        var run = await RunAsync(script, User);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            [
                "sudo",
                "apt-get DEBIAN_FRONTEND=noninteractive via=sudo update",
                "sudo",
                $"apt-get DEBIAN_FRONTEND=noninteractive via=sudo install -y --no-install-recommends {package}",
            ],
            Calls());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Not_root_without_sudo_it_fails_saying_what_to_run_as_root(string script, string package)
    {
        var run = await RunAsync(script, User);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(Calls());
        Assert.Contains($"apt-get install -y --no-install-recommends {package}", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task An_installed_package_is_left_alone_without_apt(string script, string package)
    {
        WithSudo();
        File.WriteAllText(Path.Combine(Installed, package), "");

        var root = await RunAsync(script, Root);
        var user = await RunAsync(script, User);

        Assert.True(root.ExitCode == 0 && user.ExitCode == 0, root.Output + user.Output);
        Assert.Empty(Calls());
        Assert.Contains($"{package} 1.0-test already installed", root.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_apt_get_it_fails_naming_the_missing_package()
    {
        File.Delete(Path.Combine(Bin, "apt-get"));

        var run = await RunAsync("install-libreoffice.sh", Root);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("no apt-get", run.Output, StringComparison.Ordinal);
        Assert.Contains("libreoffice-calc-nogui", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_missing_packages_are_installed_with_one_update()
    {
        File.WriteAllText(Path.Combine(Installed, "chromium"), "");

        var run = await RunAsync("install-debian-packages.sh", Root, arguments: ["chromium", "libreoffice-calc-nogui"]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            [
                "apt-get DEBIAN_FRONTEND=noninteractive via=direct update",
                "apt-get DEBIAN_FRONTEND=noninteractive via=direct install -y --no-install-recommends libreoffice-calc-nogui",
            ],
            Calls());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_failed_apt_get_fails_the_script(string script, string package)
    {
        var run = await RunAsync(script, Root, ("FAKE_APT_FAILS", "1"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(["apt-get DEBIAN_FRONTEND=noninteractive via=direct update"], Calls());
        Assert.False(File.Exists(Path.Combine(Installed, package)));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_package_still_missing_after_apt_fails_the_script_by_name(string script, string package)
    {
        var run = await RunAsync(script, Root, ("FAKE_APT_INSTALLS_NOTHING", "1"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"{package} is still not installed", run.Output, StringComparison.Ordinal);
    }

    private void WithSudo() =>
        // env_reset: the command runs without the caller's DEBIAN_FRONTEND (nor any variable not on its command line).
        Stub("sudo", """
            echo sudo >> "$FAKE_LOG"
            exec /usr/bin/env -u DEBIAN_FRONTEND FAKE_VIA=sudo "$@"
            """);

    private void Stub(string name, string body)
    {
        var path = Path.Combine(Bin, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body.Replace("\r", "", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string[] Calls() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    private async Task<(int ExitCode, string Output)> RunAsync(
        string script, string uid, (string Name, string Value)? extra = null, string[]? arguments = null)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.FullName,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", script));
        foreach (var argument in arguments ?? [])
            start.ArgumentList.Add(argument);
        start.Environment.Clear();
        // The stubs alone on PATH: the scripts find no real id, dpkg-query, sudo or apt-get.
        start.Environment["PATH"] = Bin;
        // As CI runs it (`bash .ci/run` with CI=true, no terminal); DEBIAN_FRONTEND must come from the script.
        start.Environment["CI"] = "true";
        start.Environment["FAKE_UID"] = uid;
        start.Environment["FAKE_STATE"] = Installed;
        start.Environment["FAKE_LOG"] = Log;
        if (extra is { } variable)
            start.Environment[variable.Name] = variable.Value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
