namespace SampleMaker;

/// <summary>
/// A region's pool of carriers, and the carrier combinations its projects use. Co-carried
/// combinations always put an association and a social landlord together; the others never do,
/// so the pipeline's derived co-portage is known in advance.
/// </summary>
public sealed class CarrierMix(
    IReadOnlyList<Carrier> associations,
    IReadOnlyList<Carrier> landlords,
    IReadOnlyList<Carrier> localAuthorities,
    IReadOnlyList<Carrier> others)
{
    public (Carrier Lead, IReadOnlyList<Carrier> CoCarriers) Draw(Random random, bool coCarried)
    {
        Carrier A() => associations[random.Next(associations.Count)];
        Carrier B() => landlords[random.Next(landlords.Count)];
        Carrier C() => localAuthorities[random.Next(localAuthorities.Count)];
        Carrier O() => others[random.Next(others.Count)];

        if (coCarried)
        {
            return random.Next(4) switch
            {
                0 => (A(), [B()]),
                1 => (B(), [A()]),
                2 => (A(), [B(), C()]),
                _ => (C(), [A(), B()]),
            };
        }

        var pick = random.Next(10);
        if (pick == 3)
        {
            var lead = A();
            var second = associations.Where(a => a != lead).ToList();
            return (lead, [second[random.Next(second.Count)]]);
        }
        return pick switch
        {
            0 or 1 or 2 => (A(), []),
            4 => (A(), [C()]),
            5 => (B(), []),
            6 => (B(), [C()]),
            7 => (C(), []),
            8 => (C(), [A()]),
            _ => others.Count > 0 ? (O(), random.Next(2) == 0 ? [] : [A()]) : (A(), []),
        };
    }
}
