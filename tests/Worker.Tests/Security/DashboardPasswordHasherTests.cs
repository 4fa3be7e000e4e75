using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

public sealed class DashboardPasswordHasherTests
{
    // Made by the README's Python one-liner (salt fixed here): the two implementations must agree.
    private const string PythonHash = "pbkdf2-sha256:10000:eXVhbmxpbmctc2FsdC0xNg==:2/n+xWMm1ad30UHLoIa1qhg22j7pniVckJbf8gwpx8U=";

    [Fact]
    public void Verify_AcceptsTheSamePasswordOnly_WhenHashedHere()
    {
        var hash = DashboardPasswordHasher.Hash("沅陵 secret", DashboardPasswordHasher.MinIterations);

        Assert.StartsWith("pbkdf2-sha256:10000:", hash, StringComparison.Ordinal);
        Assert.True(DashboardPasswordHasher.Verify("沅陵 secret", hash));
        Assert.False(DashboardPasswordHasher.Verify("沅陵 secreT", hash));
        Assert.NotEqual(hash, DashboardPasswordHasher.Hash("沅陵 secret", DashboardPasswordHasher.MinIterations));
    }

    [Fact]
    public void Verify_AcceptsAHashMadeByPython_WhenThePasswordMatches()
    {
        Assert.True(DashboardPasswordHasher.Verify("沅陵 secret", PythonHash));
        Assert.False(DashboardPasswordHasher.Verify("沅陵", PythonHash));
        Assert.Null(DashboardPasswordHasher.Problem(PythonHash));
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("sha256:10000:eXVhbmxpbmctc2FsdC0xNg==:2/n+xWMm1ad30UHLoIa1qhg22j7pniVckJbf8gwpx8U=")]
    [InlineData("pbkdf2-sha256:999:eXVhbmxpbmctc2FsdC0xNg==:2/n+xWMm1ad30UHLoIa1qhg22j7pniVckJbf8gwpx8U=")]
    [InlineData("pbkdf2-sha256:10000:not base64!:2/n+xWMm1ad30UHLoIa1qhg22j7pniVckJbf8gwpx8U=")]
    [InlineData("pbkdf2-sha256:10000:eXVhbmxpbmctc2FsdC0xNg==:c2hvcnQ=")]
    public void Problem_NamesWhatIsWrong_WhenTheHashIsMalformed(string hash)
    {
        Assert.NotNull(DashboardPasswordHasher.Problem(hash));
        Assert.False(DashboardPasswordHasher.Verify("secret", hash));
    }
}
