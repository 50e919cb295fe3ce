using CareerBot.Cli;

return await CareerBotCommandLine.RunAsync(args);
