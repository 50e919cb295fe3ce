using CareerBot.Cli;

return await CareerBotCommandLine.Create().Parse(args).InvokeAsync();
