namespace YuanlingTech.Connectors.Http;

public sealed record DecodedText(string Text, string Charset);
