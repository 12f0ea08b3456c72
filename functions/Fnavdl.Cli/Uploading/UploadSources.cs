using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;

namespace Fnavdl.Cli.Uploading;

internal static class UploadSources
{
    /// <summary>
    /// Files under each folder (the folder is the uploads root, so its first level is the region),
    /// and single files placed under <c>{region}/</c>. Null with the reason when the command is wrong.
    /// </summary>
    /// <remarks>
    /// Symbolic links inside a folder are listed as refused, never followed: a link may point out
    /// of the folder (to /etc/passwd) or loop. A path the uploads area would refuse is refused here,
    /// before it is copied anywhere.
    /// </remarks>
    public static IReadOnlyList<UploadSource>? Collect(IEnumerable<string> paths, string? region, AdministrativeReference reference, out string? problem)
    {
        var sources = new List<UploadSource>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                sources.AddRange(Walk(root, root).OrderBy(s => s.UploadPath, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (region is null || reference.FindRegion(region.Trim()) is not { } known)
                {
                    problem = region is null
                        ? $"« {path} » est un fichier isolé : précisez sa région avec --region CODE (par ex. --region 93)."
                        : $"Région inconnue : « {region} » (code INSEE attendu, par ex. 93).";
                    return null;
                }
                var uploadPath = $"{known.Code}/{Path.GetFileName(path)}";
                sources.Add(new UploadSource(Path.GetFullPath(path), uploadPath, UploadPath.Problem(uploadPath)));
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

    private static IEnumerable<UploadSource> Walk(string root, string folder)
    {
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*",
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true });
        foreach (var entry in entries)
        {
            var uploadPath = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (entry is not DirectoryInfo && entry.Name.StartsWith('.')) continue;
            if (entry.LinkTarget is not null)
            {
                yield return new UploadSource(entry.FullName, uploadPath,
                    IssueCatalog.CheminInvalide.LienSymbolique.Format(("Chemin", PrintableText.Of(uploadPath))));
            }
            else if (entry is DirectoryInfo)
            {
                foreach (var source in Walk(root, entry.FullName)) yield return source;
            }
            else
            {
                yield return new UploadSource(entry.FullName, uploadPath, UploadPath.Problem(uploadPath));
            }
        }
    }
}
