using YuanlingTech.Normalization.Uscc;

namespace YuanlingTech.PortalSimulator.Generation;

/// <summary>Valid, unique company USCCs: 91 + division + GB 11714 org code + GB 32100 check char, never one of <paramref name="reserved"/>.</summary>
internal sealed class UsccFactory(Random random, IEnumerable<string>? reserved = null)
{
    private readonly HashSet<string> _used = new(reserved ?? [], StringComparer.Ordinal);

    public string Create(string division)
    {
        while (true)
        {
            var body = random.NextDouble() < 0.12 ? LegacyBody() : NewStyleBody();
            var orgCheck = UsccAlphabet.ComputeOrgCodeCheckChar(body)
                ?? throw new InvalidOperationException($"Org code body {body} is not computable.");
            var first17 = "91" + division + body + orgCheck;
            var check = UsccAlphabet.ComputeCheckChar(first17)
                ?? throw new InvalidOperationException($"USCC prefix {first17} is outside the alphabet.");
            var uscc = first17 + check;
            if (_used.Add(uscc))
            {
                return uscc;
            }
        }
    }

    private string NewStyleBody()
    {
        Span<char> chars = stackalloc char[5];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = UsccAlphabet.Symbols[random.Next(UsccAlphabet.Symbols.Length)];
        }

        return "MA4" + new string(chars);
    }

    private string LegacyBody() => random.Next(10_000_000, 99_999_999).ToString("D8");
}
