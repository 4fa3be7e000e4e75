using YuanlingTech.Worker.Cli;
using YuanlingTech.Worker.Hosting;

using var garbageBudget = GarbageBudget.Start();
return await CliApplication.RunAsync(args);
