using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using YuanlingTech.Benchmarks;

// In-process: the generated out-of-process project would inherit our strict Directory.Build.props.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsMutator());
// The upsert batch needs a real PostgreSQL; without one it is left out (benchmarks are not tests).
var types = typeof(ParsingBenchmarks).Assembly.GetTypes().Where(t => t.Name.EndsWith("Benchmarks", StringComparison.Ordinal) && t.IsPublic).ToList();
if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(UpsertBenchmarks.DatabaseVariable)))
{
    Console.WriteLine($"UpsertBenchmarks skipped: set {UpsertBenchmarks.DatabaseVariable} to a PostgreSQL connection string to run it.");
    types.Remove(typeof(UpsertBenchmarks));
}

var summaries = BenchmarkSwitcher.FromTypes([.. types]).Run(args, config);

var article = SyntheticPages.BigTableArticle(ParsingBenchmarks.TableRows);
var list = SyntheticPages.ListPage(ParsingBenchmarks.ListItems);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"table article: {Encoding.UTF8.GetByteCount(article) / 1024.0:F0} KB, {ParsingBenchmarks.TableRows + 2} rows; list page: {Encoding.UTF8.GetByteCount(list) / 1024.0:F0} KB, {ParsingBenchmarks.ListItems} items"));
Console.WriteLine("| method | ms/page | MB/s | rows/s |");
Console.WriteLine("| --- | --- | --- | --- |");
foreach (var report in summaries.SelectMany(summary => summary.Reports).Where(report => report.ResultStatistics is not null && report.BenchmarkCase.Descriptor.Type == typeof(ParsingBenchmarks)))
{
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    var isTable = name.StartsWith("Table_", StringComparison.Ordinal);
    var seconds = report.ResultStatistics!.Mean / 1e9;
    var bytes = Encoding.UTF8.GetByteCount(isTable ? article : list);
    var rows = isTable ? ParsingBenchmarks.TableRows + 2 : ParsingBenchmarks.ListItems;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {seconds * 1000:F2} | {bytes / seconds / 1048576:F1} | {rows / seconds:N0} |"));
}
