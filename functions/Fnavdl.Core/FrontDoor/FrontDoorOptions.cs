namespace Fnavdl.Core.FrontDoor;

public sealed record FrontDoorOptions
{
    /// <summary>Largest accepted upload (the pipeline's own limit by default).</summary>
    public long MaxUploadBytes { get; init; } = Reading.ReadLimits.Default.MaxUploadBytes;

    /// <summary>Marks the anti-CSRF cookie Secure (HTTPS hosts; not the loopback http server).</summary>
    public bool SecureCookies { get; init; }

    /// <summary>How many deposits the follow-up list shows.</summary>
    public int MaxListed { get; init; } = 100;
}
