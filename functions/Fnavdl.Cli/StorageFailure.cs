using Fnavdl.Core.Ingestion;

namespace Fnavdl.Cli;

/// <summary>
/// A store that cannot be written (disk full, read-only, a file where a folder should be, no rights),
/// told in French: the .NET message is English and names no cause a user can act on.
/// </summary>
internal static class StorageFailure
{
    // errno values (Linux), which .NET puts in IOException.HResult on Unix.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    public static bool Is(Exception e) => e is IOException or UnauthorizedAccessException;

    public static string Describe(Exception e, string location) => (e, e.HResult) switch
    {
        // The work area is refused (a link, another user's folder): its own French message says what to do.
        (UnsafeWorkAreaException, _) => e.Message,
        (UnauthorizedAccessException, _) => $"Écriture refusée dans le stockage {location} : droits insuffisants ou stockage en lecture seule.",
        (_, ReadOnlyFileSystem) => $"Le stockage {location} est en lecture seule : rien n'a pu y être écrit.",
        (_, NoSpace or QuotaExceeded) => $"Disque plein : plus de place pour écrire dans le stockage {location}. Libérez de la place puis relancez.",
        _ => $"Écriture impossible dans le stockage {location} (erreur d'entrée-sortie : un fichier à la place d'un dossier, un disque retiré ?).",
    };
}
