namespace Fnavdl.Core.Ingestion;

/// <summary>
/// The one folder where the pipeline keeps temporary files — spooled uploads (the front door's and each
/// ingestion's), staged Parquet — in <see cref="WorkFolder"/>s and spool files: <c>{temp}/fnavdl-work-{uid}</c>
/// by default, a fixed name per user so that the next run finds and sweeps what a killed one left.
/// A fixed name in a shared <c>/tmp</c> can be taken first by someone else, as a folder or as a link to one
/// they read: the area is made with mode 0700 in one step, then checked without following links (lstat):
/// it must be a real folder, of this user, of mode 0700 exactly; anything else is refused
/// (<see cref="UnsafeWorkAreaException"/>) — never followed, never changed, never deleted. Files in it are
/// created 0600. On Windows the user's own <c>%TEMP%</c> is already private: the area is only checked not
/// to be a link.
/// </summary>
public static class PrivateWorkArea
{
    private const string SpoolSuffix = ".spool";
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// <c>{temp}/fnavdl-work-{uid}</c> (<c>{temp}</c> is <c>$TMPDIR</c>, else <c>/tmp</c>). Not under
    /// <c>$XDG_RUNTIME_DIR</c>: that folder is memory (tmpfs) sized for sockets and locks, its specification
    /// asks for no large files, and services, containers and the Functions host do not have one.
    /// </summary>
    public static string DefaultRoot => OperatingSystem.IsWindows()
        ? Path.Combine(Path.GetTempPath(), "fnavdl-work")
        : Path.Combine(Path.GetTempPath(), $"fnavdl-work-{UnixEntry.EffectiveUserId}");

    /// <summary>
    /// The area (<paramref name="root"/>, or <see cref="DefaultRoot"/>), made if missing, as a full path.
    /// </summary>
    /// <exception cref="UnsafeWorkAreaException">The path is a link, not a folder, another user's, or not mode 0700.</exception>
    public static string Open(string? root = null)
    {
        var path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root ?? DefaultRoot));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            if (new DirectoryInfo(path).LinkTarget is not null) throw Refused(path, "c'est un lien");
            return path;
        }
        try
        {
            // mkdir(path, 0700): a new folder is private from its first instant. An existing one is left as it is.
            Directory.CreateDirectory(path, Private);
        }
        catch (IOException)
        {
            // A file or a dangling link at the path: said below.
        }
        var entry = UnixEntry.Of(path);
        if (entry.IsLink) throw Refused(path, "c'est un lien symbolique, que fnavdl ne suit pas");
        if (!entry.IsDirectory) throw Refused(path, entry.Exists ? "ce n'est pas un dossier" : "il n'a pas pu être créé");
        if (entry.Owner is { } owner && owner != UnixEntry.EffectiveUserId)
            throw Refused(path, $"il appartient à un autre utilisateur (uid {owner})");
        var permissions = entry.Mode & (UnixFileMode)0x1FF;
        if (permissions != Private)
            throw Refused(path, $"ses droits sont {Convert.ToString((int)permissions, 8)} au lieu de 700");
        return path;
    }

    /// <summary>
    /// A new, empty file in the area for an upload being received: 0600, held exclusively (its lock dies with
    /// the process), deleted when closed. What a killed process leaves is deleted by the next
    /// <see cref="CreateSpoolFile"/> or ingestion (<see cref="WorkFolder.SweepAbandoned"/>).
    /// </summary>
    /// <exception cref="UnsafeWorkAreaException">See <see cref="Open"/>.</exception>
    public static FileStream CreateSpoolFile(string? root = null)
    {
        var area = Open(root);
        WorkFolder.SweepAbandoned(area);
        return CreatePrivateFile(Path.Combine(area, Guid.NewGuid().ToString("N") + SpoolSuffix),
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }

    /// <summary>Whether <paramref name="path"/> names a spool file (<see cref="CreateSpoolFile"/>).</summary>
    internal static bool IsSpoolFile(string path) => path.EndsWith(SpoolSuffix, StringComparison.Ordinal);

    /// <summary>
    /// A file that did not exist (O_CREAT|O_EXCL: a link planted at its name is an error, never followed),
    /// readable by this user alone from its creation, held exclusively.
    /// </summary>
    internal static FileStream CreatePrivateFile(string path, FileOptions options, int bufferSize = 1 << 16)
    {
        var open = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = bufferSize,
            Options = options,
        };
        if (!OperatingSystem.IsWindows()) open.UnixCreateMode = PrivateFile;
        return new FileStream(path, open);
    }

    /// <summary>A new folder in the area, 0700 from its creation.</summary>
    internal static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, Private);
    }

    private static UnsafeWorkAreaException Refused(string path, string why) =>
        new($"Dossier de travail refusé : {path} — {why}. fnavdl y écrit les fichiers déposés le temps de les lire : "
            + "ce doit être un vrai dossier, à l'utilisateur qui lance fnavdl, de droits 700 (lisible de lui seul). "
            + "Supprimez ou corrigez ce chemin, ou choisissez un autre dossier temporaire (variable TMPDIR).");
}
