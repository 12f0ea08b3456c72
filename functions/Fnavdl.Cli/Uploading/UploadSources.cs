using Fnavdl.Core.Reference;

namespace Fnavdl.Cli.Uploading;

internal static class UploadSources
{
    /// <summary>
    /// Files under each folder (the folder is the uploads root, so its first level is the region),
    /// and single files placed under <c>{region}/</c>. Null with the reason when the command is wrong.
    /// </summary>
    public static IReadOnlyList<UploadSource>? Collect(IEnumerable<string> paths, string? region, out string? problem)
    {
        var sources = new List<UploadSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                sources.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Select(f => new UploadSource(f, Path.GetRelativePath(root, f).Replace('\\', '/')))
                    .OrderBy(s => s.UploadPath, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (region is null || AdministrativeReference.Embedded.FindRegion(region.Trim()) is not { } known)
                {
                    problem = region is null
                        ? $"« {path} » est un fichier isolé : précisez sa région avec --region CODE (par ex. --region 93)."
                        : $"Région inconnue : « {region} » (code INSEE attendu, par ex. 93).";
                    return null;
                }
                sources.Add(new UploadSource(Path.GetFullPath(path), $"{known.Code}/{Path.GetFileName(path)}"));
            }
            else
            {
                problem = $"Chemin introuvable : {path}";
                return null;
            }
        }
        problem = null;
        return sources;
    }
}
