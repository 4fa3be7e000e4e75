using YuanlingTech.Normalization.Text;

namespace YuanlingTech.Storage.Configurations;

/// <summary>
/// Every indexed <c>text</c> column of the model and where its length bound comes from: a bound of <see cref="TextBounds"/>
/// that the normalizers enforce with a reject reason (a longer value would fail its btree index, 54000, and with it the
/// batch), or why none is needed. <c>IndexedTextBoundsTests</c> fails when an index on a text column is added without an
/// entry here.
/// </summary>
public static class IndexedTextBounds
{
    /// <summary>Columns filled from source values, by <c>schema.table.column</c>.</summary>
    public static IReadOnlyDictionary<string, int> ByColumn { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["warehouse.enterprise.name_key"] = TextBounds.Name,
        ["warehouse.enterprise_name.name"] = TextBounds.Name,
        ["warehouse.enterprise_name.name_key"] = TextBounds.Name,
        ["warehouse.certification.name_key"] = TextBounds.Name,
        ["warehouse.certification.natural_key"] = TextBounds.Key,
        ["warehouse.certification.certificate_no"] = TextBounds.Code,
        ["warehouse.loan.loan_no"] = TextBounds.Code,
        ["warehouse.loan.name_key"] = TextBounds.Name,
        ["warehouse.loan_state_history.loan_no"] = TextBounds.Code,
        ["warehouse.tech_contract.registration_no"] = TextBounds.Code,
        ["warehouse.tech_contract.seller_name_key"] = TextBounds.Name,
        ["warehouse.tech_contract.buyer_name_key"] = TextBounds.Name,
        ["warehouse.challenge_project.name_key"] = TextBounds.Name,
        ["warehouse.platform.name_key"] = TextBounds.Name,
        ["warehouse.platform.host_name_key"] = TextBounds.Name,
        ["warehouse.rd_spending.name_key"] = TextBounds.Name,
        ["warehouse.rd_spending.enterprise_key"] = TextBounds.Key,
    };

    /// <summary>Columns holding our own codes (source ids, statuses behind check constraints, metric ids) or a file name the file system bounds.</summary>
    public static IReadOnlyList<string> NotFromSourceValues { get; } =
    [
        "ingest.check_result.check_name",
        "ingest.inbox_file.file_name",
        "ingest.raw_document.source_id",
        "ingest.rejected_record.source_id",
        "ingest.source_state.source_id",
        "ingest.sync_run.source_id",
        "warehouse.loan_state_history.status",
        "warehouse.platform.status",
        "warehouse.target_evaluation.metric_id",
        "warehouse.target_import.metric",
        "warehouse.worklist_item.worklist",
    ];

    /// <summary>Document URLs: links found on source pages, bounded by the fetch side (<c>TextBounds.Url</c>, checked by <c>DocumentFetcher</c>), not by a normalizer.</summary>
    public static IReadOnlyList<string> Urls { get; } = ["ingest.raw_document.url", "ingest.rejected_record.document_url"];
}
