using System.Text;

namespace YuanlingTech.PortalSimulator.Faults;

/// <summary>Ends the text of every table cell with a 0xFF byte, which is valid in neither UTF-8 nor GB18030.</summary>
internal static class InvalidBytes
{
    private static readonly byte[] CellEnd = Encoding.ASCII.GetBytes("</td>");

    public static byte[] Into(byte[] body)
    {
        var output = new List<byte>(body.Length + 4096);
        var from = 0;
        for (var at = body.AsSpan().IndexOf(CellEnd); at >= 0; at = body.AsSpan(from).IndexOf(CellEnd) is var next and >= 0 ? from + next : -1)
        {
            output.AddRange(body.AsSpan(from, at - from));
            output.Add(0xFF);
            output.AddRange(CellEnd);
            from = at + CellEnd.Length;
        }

        output.AddRange(body.AsSpan(from));
        return [.. output];
    }
}
