using System.Text;
using SampleMaker;

// Usage: dotnet run --project tools/SampleMaker -- <output dir, e.g. samples>
// Deterministic: fixed seeds, no clock; running it twice writes the same bytes.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var root = Path.GetFullPath(args.Length > 0 ? args[0] : "samples");
foreach (var generated in new[] { "uploads", "invalid" })
    if (Directory.Exists(Path.Combine(root, generated)))
        Directory.Delete(Path.Combine(root, generated), recursive: true);

var set = new SampleSet(root);
Paca.Write(set);
Aura.Write(set);
IleDeFrance.Write(set);
Bretagne.Write(set);
Occitanie.Write(set);
GrandEst.Write(set);
InvalidSamples.Write(set);
ReadmeWriter.Write(set);

set.Figures.Print(Console.Out);
return 0;
