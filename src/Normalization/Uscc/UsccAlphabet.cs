namespace YuanlingTech.Normalization.Uscc;

/// <summary>The GB 32100 alphabet and the check computations of GB 32100 and GB 11714.</summary>
public static class UsccAlphabet
{
    /// <summary>0-9 and A-Z without I, O, Z, S, V; a character's value is its index.</summary>
    public const string Symbols = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] UsccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static int ValueOf(char c) => Symbols.IndexOf(c, StringComparison.Ordinal);

    /// <summary>The 18th character for the first 17; null when one of them is outside the alphabet.</summary>
    public static char? ComputeCheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * UsccWeights[i];
        }

        var check = 31 - (sum % 31);
        return Symbols[check == 31 ? 0 : check];
    }

    /// <summary>
    /// The GB 11714 check character of an 8-character organization-code body. Letters count with their
    /// full Latin value (A=10 … Z=35), not their USCC value. Null when a character is not 0-9/A-Z.
    /// </summary>
    public static char? ComputeOrgCodeCheckChar(ReadOnlySpan<char> body8)
    {
        if (body8.Length != 8)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            int value;
            if (c is >= '0' and <= '9')
            {
                value = c - '0';
            }
            else if (c is >= 'A' and <= 'Z')
            {
                value = c - 'A' + 10;
            }
            else
            {
                return null;
            }

            sum += value * OrgCodeWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }
}
