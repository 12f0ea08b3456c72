using Fnavdl.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fnavdl.Core.Tests.Conventions;

/// <summary>
/// One public type per file in the product projects, so the file a type is in is the type's name: a newcomer
/// finds any public type by its name alone. (A partial type may span several files; a nested type is its
/// parent's business.)
/// </summary>
public sealed class PublicTypesPerFileTests
{
    private static readonly string[] ProductProjects =
        ["Fnavdl.Core", "Fnavdl.Azure", "Fnavdl.FrontDoor", "Fnavdl.Functions", "Fnavdl.Cli"];

    /// <summary>The public top-level types a source declares (a partial type once).</summary>
    internal static IReadOnlyList<string> PublicTypes(string source) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
            .OfType<MemberDeclarationSyntax>()
            .Where(m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax
                && m.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax
                && m.Modifiers.Any(SyntaxKind.PublicKeyword))
            .Select(m => m switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax d => d.Identifier.ValueText,
                _ => "",
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void A_product_file_declares_at_most_one_public_type()
    {
        var crowded = ProductProjects
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "functions", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(RepoPaths.Root, f), Types: PublicTypes(File.ReadAllText(f))))
            .Where(f => f.Types.Count > 1)
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToList();
        Assert.True(crowded.Count == 0, "Files with more than one public type (give each its own file):\n" + string.Join("\n", crowded));
    }

    [Fact]
    public void Two_public_types_in_one_file_are_seen_and_a_nested_or_partial_one_is_not_counted_twice()
    {
        Assert.Equal(["A", "B"], PublicTypes("namespace N; public sealed record A(int X); public enum B { C }"));
        Assert.Equal(["A"], PublicTypes("namespace N; public static partial class A { public static class Nested; } internal sealed class I;"));
    }
}
