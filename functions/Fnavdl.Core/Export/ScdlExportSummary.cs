namespace Fnavdl.Core.Export;

/// <summary>What an SCDL export wrote, for the person who asked for it.</summary>
public sealed record ScdlExportSummary(int Rows, decimal MontantTotal, IReadOnlyDictionary<string, int> RequiredLeftEmpty,
    int SirenOnly, int ObjetsShortened);
