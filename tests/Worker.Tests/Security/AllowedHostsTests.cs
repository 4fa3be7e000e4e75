using Microsoft.AspNetCore.Http;
using YuanlingTech.Worker.Configuration;
using YuanlingTech.Worker.Security;

namespace YuanlingTech.Worker.Tests.Security;

/// <summary>Which <c>Host</c> values <c>Worker:AllowedHosts</c> (or its default from <c>Worker:Urls</c>) lets through.</summary>
public sealed class AllowedHostsTests
{
    [Theory]
    [InlineData("localhost:5090", true)]
    [InlineData("127.0.0.1:5090", true)]
    [InlineData("[::1]:5090", true)]
    [InlineData("Localhost", true)]
    [InlineData("evil.example:5090", false)]
    [InlineData("127.0.0.1.nip.io", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("", false)]
    public void Allows_LoopbackNamesOnly_WhenUrlsIsLoopback(string host, bool allowed) =>
        Assert.Equal(allowed, AllowedHosts.From(new WorkerOptions { Urls = "http://127.0.0.1:5090" }).Allows(new HostString(host)));

    [Theory]
    [InlineData("localhost:8080", true)]
    [InlineData("10.0.0.5:8080", true)]
    [InlineData("[fe80::1]:8080", true)]
    [InlineData("evil.example:8080", false)]
    public void Allows_LoopbackNamesAndAnyAddress_WhenUrlsListensEverywhere(string host, bool allowed) =>
        Assert.Equal(allowed, AllowedHosts.From(new WorkerOptions { Urls = "http://0.0.0.0:8080" }).Allows(new HostString(host)));

    [Theory]
    [InlineData("kjj.example.gov.cn", true)]
    [InlineData("KJJ.example.gov.cn:443", true)]
    [InlineData("a.intranet.example", true)]
    [InlineData("intranet.example", false)]
    [InlineData("localhost:5090", false)]
    [InlineData("evil.example", false)]
    public void Allows_ExactlyTheConfiguredHosts_WhenAllowedHostsIsSet(string host, bool allowed) =>
        Assert.Equal(allowed, AllowedHosts.From(new WorkerOptions { AllowedHosts = "kjj.example.gov.cn; *.intranet.example" }).Allows(new HostString(host)));

    [Fact]
    public void Allows_AnyHost_WhenAllowedHostsIsAStar() =>
        Assert.True(AllowedHosts.From(new WorkerOptions { AllowedHosts = "*" }).Allows(new HostString("evil.example")));

    [Theory]
    [InlineData("kjj.example.gov.cn", true)]
    [InlineData("*.example.gov.cn", true)]
    [InlineData("[::1]", true)]
    [InlineData("*", true)]
    [InlineData("https://kjj.example.gov.cn", false)]
    [InlineData("kjj.example.gov.cn:443", false)]
    [InlineData("kjj example", false)]
    public void Problem_IsNull_OnlyForAHostNameOrAddress(string entry, bool usable) =>
        Assert.Equal(usable, AllowedHosts.Problem(entry) is null);
}
