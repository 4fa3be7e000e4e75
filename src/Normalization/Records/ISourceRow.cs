namespace YuanlingTech.Normalization.Records;

/// <summary>A clean record that came from one row of one document, so a load that refuses it alone can reject that row.</summary>
public interface ISourceRow
{
    string DocumentUrl { get; }

    int RowNumber { get; }
}
