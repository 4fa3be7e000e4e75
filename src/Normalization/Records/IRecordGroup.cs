namespace YuanlingTech.Normalization.Records;

/// <summary>
/// A record handed to a loader as a whole that stands for many rows (a tech-SME list, an inbox file); load batches are
/// sized by <see cref="RowCount"/>, not by the number of groups.
/// </summary>
public interface IRecordGroup
{
    int RowCount { get; }
}
