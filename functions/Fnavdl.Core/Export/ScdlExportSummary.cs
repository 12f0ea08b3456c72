using System.Globalization;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Export;

/// <summary>What an SCDL export wrote, for the person who asked for it.</summary>
public sealed record ScdlExportSummary(int Rows, decimal MontantTotal, IReadOnlyDictionary<string, int> RequiredLeftEmpty,
    int SirenOnly, int ObjetsShortened);
