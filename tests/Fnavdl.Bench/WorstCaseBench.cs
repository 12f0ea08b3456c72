using System.Diagnostics;
using System.Globalization;

namespace Fnavdl.Bench;

/// <summary>
/// `worst [MiB [name…]]`: writes each of <see cref="WorstCaseFiles.All"/> at about MiB (default 1) and runs the real
/// `fnavdl validate FILE --region 93` on it, in a child of the bench whose only reaped child is the CLI (its CPU
/// time and peak resident set are the CLI's own); then prints the table against the cost model's goal:
/// at most 2 s of CPU per MiB (+1 s) and 300 MB of peak for a 1 MiB file. A small valid CSV runs first: the
/// runtime's own start, which every case pays.
/// </summary>
internal static class WorstCaseBench
{
    private const double CpuPerMiB = 2.0;
    private const double CpuConstant = 1.0;
    private const double PeakMegabytes = 300;

    public static int Run(string folder, string[] args)
    {
        var mebibytes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.0;
        var chosen = args.Skip(1).ToHashSet(StringComparer.Ordinal);
        var target = (long)(mebibytes * 1024 * 1024);
        var rows = new List<(string Name, long Bytes, BenchChild.Result Result, bool Within)>();

        var baseline = Path.Combine(folder, "baseline.csv");
        ProjetsCsvGenerator.Write(baseline, 10);
        rows.Add(("baseline (10 valid rows)", new FileInfo(baseline).Length, BenchChild.Run("--worst-cli", baseline), true));

        foreach (var worst in WorstCaseFiles.All.Where(c => chosen.Count == 0 || chosen.Contains(c.Name)))
        {
            var path = Path.Combine(folder, worst.Name + worst.Extension);
            worst.Write(path, target);
            var bytes = new FileInfo(path).Length;
            Console.WriteLine($"{worst.Name}: {worst.What}; {bytes:N0} bytes");
            var result = BenchChild.Run("--worst-cli", path);
            var mib = bytes / (1024.0 * 1024);
            var within = result.Cpu.TotalSeconds <= CpuPerMiB * Math.Max(mib, 1) + CpuConstant && result.PeakMegabytes <= PeakMegabytes * Math.Max(mib, 1);
            rows.Add((worst.Name, bytes, result, within));
            File.Delete(path);
        }

        Console.WriteLine();
        Console.WriteLine($"| case | bytes | CPU s | CPU s/MiB | peak MB | wall s | within {CpuPerMiB} s/MiB + {CpuConstant} s, {PeakMegabytes} MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, bytes, result, within) in rows)
        {
            var mib = bytes / (1024.0 * 1024);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {bytes:N0} | {result.Cpu.TotalSeconds:F2} | {result.Cpu.TotalSeconds / Math.Max(mib, 1e-9):F2} | {result.PeakMegabytes:F0} | {result.Elapsed.TotalSeconds:F2} | {(within ? "yes" : "**no**")} |"));
        }
        return rows.All(r => r.Within) ? 0 : 1;
    }

    /// <summary>In the child: `fnavdl validate FILE --region 93`; its CPU, peak and the report's first lines.</summary>
    public static int Measure(string file)
    {
        var start = new ProcessStartInfo(CliIngestion.Program());
        foreach (var arg in new[] { "validate", file, "--region", "93" }) start.ArgumentList.Add(arg);
        // 0: valid, 1: invalid (a report was written); anything else is a crash, and throws.
        var run = ColdRuns.Once(start, invalidIsFine: true);
        foreach (var line in run.Output.Split('\n').Take(3))
            Console.WriteLine(line.Length > 200 ? line[..200] + "…" : line);
        BenchChild.Report(run.Wall, run.Cpu, 0, ColdRuns.ChildrenPeakResidentBytes(), 0);
        return 0;
    }
}
