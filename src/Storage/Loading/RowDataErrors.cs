using System.Text;
using Npgsql;

namespace YuanlingTech.Storage.Loading;

/// <summary>
/// Failures that a value of some row causes, so that loading the rows without it succeeds: a data exception (class 22:
/// an unstorable character, a value too long), an integrity constraint (class 23: a check, a duplicate), a program limit
/// (54000: an index entry over the btree maximum), or a string the client cannot encode as UTF-8.
/// </summary>
public static class RowDataErrors
{
    public static bool IsCausedByData(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("22", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("23", StringComparison.Ordinal)
            || postgres.SqlState == PostgresErrorCodes.ProgramLimitExceeded,
        EncoderFallbackException => true,
        _ => exception.InnerException is { } inner && IsCausedByData(inner),
    };

    /// <summary>The reject reason: the database's own message (with its SQLSTATE), or the client's encoding error.</summary>
    public static string ReasonOf(Exception exception) => exception switch
    {
        PostgresException postgres => $"the database refused the row: {postgres.Message}",
        EncoderFallbackException encoding => $"the row cannot be sent to the database as UTF-8: {encoding.Message}",
        _ => exception.InnerException is { } inner ? ReasonOf(inner) : exception.Message,
    };
}
