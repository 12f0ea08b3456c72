using System.Security.Cryptography;

namespace Fnavdl.Core.Tests.Support;

/// <summary>Every file under a folder (links not followed) with the hash of its bytes: compares whole states.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string folder)
    {
        if (!Directory.Exists(folder)) return new Dictionary<string, string>();
        var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateFiles(folder, "*", walk)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
    }
}
