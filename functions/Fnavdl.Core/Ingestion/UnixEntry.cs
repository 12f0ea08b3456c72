using System.Runtime.InteropServices;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// What <c>lstat</c> says of a path, the link itself rather than what it points to. .NET gives a
/// file's mode but not its owner: on Linux both come from <c>statx</c>, whose structure has one layout
/// on every architecture (no per-platform <c>struct stat</c> to mirror); elsewhere (macOS, whose
/// <c>$TMPDIR</c> is already the user's own) the owner is not known and <see cref="Owner"/> is null.
/// </summary>
internal readonly record struct UnixEntry(bool Exists, bool IsLink, bool IsDirectory, uint? Owner, UnixFileMode Mode)
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxTypeModeUid = 0x1 | 0x2 | 0x8;
    private const int StatxSize = 256;
    private const int UidOffset = 20;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int LinkType = 0xA000;
    private const int DirectoryType = 0x4000;
    private const int NoSuchEntry = 2;

    /// <summary>The user this process acts as (its effective uid).</summary>
    public static uint EffectiveUserId => geteuid();

    public static UnixEntry Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new DirectoryInfo(path);
            var isLink = info.LinkTarget is not null;
            var exists = isLink || info.Exists || File.Exists(path);
            return new UnixEntry(exists, isLink, !isLink && info.Exists, null, exists && !OperatingSystem.IsWindows() ? info.UnixFileMode : default);
        }
        var status = new byte[StatxSize];
        if (statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxTypeModeUid, status) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == NoSuchEntry
                ? new UnixEntry(false, false, false, null, default)
                : throw new IOException($"statx({path}) a échoué (errno {errno}).");
        }
        var mode = BitConverter.ToUInt16(status, ModeOffset);
        return new UnixEntry(true, (mode & TypeMask) == LinkType, (mode & TypeMask) == DirectoryType,
            BitConverter.ToUInt32(status, UidOffset), (UnixFileMode)(mode & 0xFFF));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc")]
    private static extern uint geteuid();
}
