using YuanlingTech.Worker.Cli;

return await CliApplication.RunAsync(args);
