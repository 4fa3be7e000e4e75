using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YuanlingTech.Connectors.Abstractions;
using YuanlingTech.Connectors.Documents;
using YuanlingTech.Connectors.Http;

namespace YuanlingTech.Connectors.Sources.KvLoans;

/// <summary>
/// The knowledge-value loan platform (知识价值信用贷款): its JSON API with an updatedSince cursor, or its
/// monthly xlsx export (<see cref="KvLoansOptions.Mode"/>). Either way each loan ends in its latest state.
/// </summary>
public sealed class KvLoansConnector(
    SourceHttpClients httpClients,
    IOptions<KvLoansOptions> options,
    ILogger<KvLoansConnector> logger) : ISourceConnector, IRegisteredSource
{
    public const string Id = Normalization.Sources.SourceRegistry.KvLoans;

    public static void Register(SourceRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddSource<KvLoansConnector, KvLoansOptions>();
    }

    public string SourceId => Id;

    public async Task RunAsync(ISyncSession session, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var fetcher = httpClients.CreateFetcher(Id);
        IReadOnlyList<string> problems;
        try
        {
            problems = settings.Mode == KvLoansModes.Xlsx
                ? await new LoanExportReader(fetcher, settings).RunAsync(session, cancellationToken)
                : await RunApiAsync(fetcher, settings, session, cancellationToken);
        }
        catch (Exception ex) when (ex is LayoutChangedException or SourceFetchException)
        {
            problems = [ex.Message];
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                logger.SourceProblem(Id, problem);
            }

            throw new SourceRunException(Id, problems);
        }
    }

    private static async Task<IReadOnlyList<string>> RunApiAsync(
        DocumentFetcher fetcher, KvLoansOptions settings, ISyncSession session, CancellationToken cancellationToken)
    {
        await new LoanApiReader(fetcher, settings).RunAsync(session, cancellationToken);
        return [];
    }
}
