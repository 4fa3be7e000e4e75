using FsCheck;
using FsCheck.Fluent;

namespace YuanlingTech.Normalization.Tests.Properties;

/// <summary>Runs an FsCheck property inside an xunit test, throwing with the counter-example on failure.</summary>
internal static class PropertyCheck
{
    /// <summary>A generous bound for one property: a hang (catastrophic backtracking, an endless loop) fails, a slow machine does not.</summary>
    public const int TimeoutMs = 60_000;

    public static Task ForAllAsync<T>(Gen<T> gen, Action<T> assertion, int maxTest = 200) =>
        Task.Run(
            () => Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true), Prop.ForAll(gen.ToArbitrary(), assertion)),
            TestContext.Current.CancellationToken);
}
