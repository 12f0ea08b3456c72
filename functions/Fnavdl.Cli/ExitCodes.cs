namespace Fnavdl.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>Everything valid: accepted or unchanged.</summary>
    public const int Ok = 0;

    /// <summary>At least one file was rejected (invalid).</summary>
    public const int Rejected = 1;

    /// <summary>`fnavdl query`: DuckDB refused the SQL (a mistake in the query, not in the command line).</summary>
    public const int BadQuery = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument, missing file).</summary>
    public const int Usage = 2;

    /// <summary>
    /// Something failed that the command line could not foresee (storage unreachable, disk full,
    /// read-only store…); nothing half-written was left: retry when it is fixed.
    /// </summary>
    public const int Failure = 3;
}
